import { Directive, ObjectType } from "type-graphql";
import { EntityStub } from "../../../shared/federation/entity-stub";

/** D2: household owns Person (and its description); 社會局 only adds the referrals it received for the person. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Person extends EntityStub {}
