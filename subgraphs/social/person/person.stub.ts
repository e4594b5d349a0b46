import { Directive, Field, ID, ObjectType } from "type-graphql";

/** D2: household owns Person (and its description); 社會局 only adds the referrals it received for the person. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID)
  id!: string;
}

export function personStub(id: string): Person {
  return Object.assign(new Person(), { id });
}
