import { Directive, ObjectType } from "type-graphql";
import { EntityStub } from "../../../shared/federation/entity-stub";

/** D2: household owns Person; the police only add the search requests that named the person to a precinct (issue #12). */
@ObjectType()
@Directive('@key(fields: "id")')
export class Person extends EntityStub {}
