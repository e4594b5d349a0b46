import { Directive, Field, ID, ObjectType } from "type-graphql";

/** D3: the district owns CareCase (and its description); 社會局 adds its intake rows so the district sees the hand-off arrived. */
@ObjectType()
@Directive('@key(fields: "id")')
export class CareCase {
  @Field(() => ID)
  id!: string;
}

export function careCaseStub(id: string): CareCase {
  return Object.assign(new CareCase(), { id });
}
