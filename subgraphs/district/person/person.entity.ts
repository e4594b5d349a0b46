import { Directive, Field, ObjectType } from "type-graphql";
import { EntityStub } from "../../../shared/federation/entity-stub";
import { Registration } from "../registration/registration.entity";

/**
 * Federation stub of household's Person (D2): no table here, only the key. District adds the
 * person's care cases through a field resolver.
 * The type description is household's: a second one here would only be a composition hint.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class Person extends EntityStub {
  /** Household's (`@external`): the gateway never asks the district for them, it hands them in (issue #13). */
  @Field(() => [Registration], { nullable: true })
  @Directive("@external")
  readonly registrations?: readonly Registration[] | null;

  /**
   * The keys of the 附件1 of the person's registrations, as household answered them in the
   * representation when a field `@requires` them; null when the gateway sent none.
   */
  readonly consentInquiryIds: readonly string[] | null;

  constructor(id: string, consentInquiryIds: readonly string[] | null = null) {
    super(id);
    this.consentInquiryIds = consentInquiryIds;
  }
}
