import { Directive, ObjectType } from "type-graphql";
import { EntityStub } from "../../../shared/federation/entity-stub";

/** D2: household owns Person (and its description); 民政局 only adds the referrals it (and the partner agencies it hosts) received for the person. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Person extends EntityStub {}
