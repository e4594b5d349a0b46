import { Field, ID, ObjectType } from "type-graphql";

/**
 * An entity another agency owns (D2: household's Person, D3: the district's CareCase). 衛生局 keeps
 * no row of it, only the key its referrals point to, and adds its own fields by resolvers. Never
 * reachable itself: each stub type extends it under its own name and `@key`.
 */
@ObjectType()
export abstract class EntityStub {
  @Field(() => ID)
  readonly id: string;

  constructor(id: string) {
    this.id = id;
  }
}
