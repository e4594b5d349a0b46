import { Directive, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { ChildCareCategory } from "../../../shared/domain/child-care";
import { EntityStub } from "../../../shared/federation/entity-stub";
import { ChildCareNotice } from "./child-care.entities";

/**
 * D2: health owns the vaccination follow-up (B4); social keeps only the key its notice carried
 * (docs/programme-b.md: health's notice adds `vaccinationFollowUpId`). Social never resolves it
 * (`resolvable: false`): the gateway asks health, under health's policy.
 */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class VaccinationFollowUp extends EntityStub {}

/**
 * D2: health owns the child's insurance status (B5); its key is the key of health's notice, which
 * social keeps as the notice's `clientKey` (only health's NHIA feed sends UNINSURED notices).
 */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class InsuranceStatus extends EntityStub {}

/** Issue #12: the unified view of a child goes from a reason of its case to the agency's record behind it. */
@Resolver(() => ChildCareNotice)
export class ChildCareNoticeLinksResolver {
  @FieldResolver(() => VaccinationFollowUp, { nullable: true, description: "B4: health's follow-up this notice came from (category 3), under health's policy" })
  vaccinationFollowUp(@Root() notice: ChildCareNotice): VaccinationFollowUp | null {
    const key = notice.details.vaccinationFollowUpId;
    return key === undefined || key === null ? null : new VaccinationFollowUp(key);
  }

  @FieldResolver(() => InsuranceStatus, { nullable: true, description: "B5: health's insurance status this notice came from (category 4), under health's policy" })
  insuranceStatus(@Root() notice: ChildCareNotice): InsuranceStatus | null {
    return notice.category === ChildCareCategory.UNINSURED ? new InsuranceStatus(notice.clientKey) : null;
  }
}
