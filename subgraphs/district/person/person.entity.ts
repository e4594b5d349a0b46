import { Directive, ObjectType } from "type-graphql";
import { EntityStub } from "../../../shared/federation/entity-stub";

/**
 * Federation stub of household's Person (D2): no table here, only the key. District adds the
 * person's care cases through a field resolver.
 * The type description is household's: a second one here would only be a composition hint.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class Person extends EntityStub {}
