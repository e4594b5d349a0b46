import { Directive, Field, ObjectType } from "type-graphql";
import { EntityStub } from "../../../shared/federation/entity-stub";
import { ConsentInquiry } from "../consent-inquiry/consent-inquiry.entity";

/**
 * Household's 登記 as the district reads it from the gateway (issue #13): only the key of its 附件1,
 * which household answers (`@external`) and Person.registrationInquiries requires. The district
 * keeps no row and cannot be asked for one (`resolvable: false`, D1).
 */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Registration extends EntityStub {
  @Field(() => ConsentInquiry, { nullable: true })
  @Directive("@external")
  readonly consentInquiry?: ConsentInquiry | null;
}
