import { Directive, ObjectType } from "type-graphql";
import { EntityStub } from "../../../shared/federation/entity-stub";

/**
 * Federation stub of household's 附件1 ConsentInquiry: no table here, only the key. District adds
 * the care case its hand-over opened, so the office sees that the hand-off arrived (D3).
 * The type description is household's: a second one here would only be a composition hint.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class ConsentInquiry extends EntityStub {}
