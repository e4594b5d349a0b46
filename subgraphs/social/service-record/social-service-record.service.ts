import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { badUserInput } from "../../../shared/errors";
import { ReferralStatus } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { SocialReferral } from "../referral/social-referral.entity";
import { lockOpenSocialReferral } from "../referral/social-referral.service";
import { requiredText } from "../../../shared/validation/form-text";
import { SocialServiceInput } from "./social-service-record.input";
import { SocialServiceRecord } from "./social-service-record.entity";

/**
 * A10/A13: records a social worker's contact. The first contact is the care point's assessment and
 * puts the referral in service; record and status change in one transaction.
 */
export function recordSocialService(dataSource: DataSource, input: SocialServiceInput): Promise<SocialReferral> {
  const referralId = requireUuid(input.referralId, "referralId");
  const record = Object.assign(new SocialServiceRecord(), {
    id: randomUUID(),
    referralId,
    servedOn: input.servedOn,
    mode: input.mode,
    summary: requiredText(input.summary, "summary", 4000),
    socialWorkerName: requiredText(input.socialWorkerName, "socialWorkerName", 60),
  });
  return dataSource.transaction(async (manager) => {
    const referral = await lockOpenSocialReferral(manager, referralId);
    if (record.servedOn < referral.referredOn) {
      throw badUserInput("servedOn must not be before the referral date", "servedOn");
    }
    await manager.insert(SocialServiceRecord, record);
    if (referral.status === ReferralStatus.RECEIVED) {
      referral.status = ReferralStatus.IN_SERVICE;
      await manager.update(SocialReferral, { id: referralId }, { status: referral.status });
    }
    return referral;
  });
}
