import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { badUserInput } from "../../../shared/errors";
import { ReferralStatus } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { HealthReferral } from "../referral/health-referral.entity";
import { openHealthReferralForUpdate } from "../referral/health-referral.service";
import { requiredText } from "../../../shared/validation/form-text";
import { HealthServiceInput } from "./health-service-record.input";
import { HealthServiceRecord } from "./health-service-record.entity";

/**
 * A10: a nurse's (or counsellor's) contact. The first one is the assessment, after which the
 * referral is in service; contact and status are written together.
 */
export function recordHealthService(dataSource: DataSource, input: HealthServiceInput): Promise<HealthReferral> {
  const referralId = requireUuid(input.referralId, "referralId");
  const summary = requiredText(input.summary, "summary", 4000);
  const nurseName = requiredText(input.nurseName, "nurseName", 60);
  return dataSource.transaction(async (manager) => {
    const referral = await openHealthReferralForUpdate(manager, referralId);
    if (input.servedOn < referral.referredOn) {
      throw badUserInput("servedOn must be on or after the referral date", "servedOn");
    }
    await manager.insert(HealthServiceRecord, { id: randomUUID(), referralId, servedOn: input.servedOn, mode: input.mode, summary, nurseName });
    if (referral.status !== ReferralStatus.RECEIVED) {
      return referral;
    }
    await manager.update(HealthReferral, { id: referralId }, { status: ReferralStatus.IN_SERVICE });
    return Object.assign(referral, { status: ReferralStatus.IN_SERVICE });
  });
}
