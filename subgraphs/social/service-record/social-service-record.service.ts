import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { requireUuid } from "../../../shared/graphql/ids";
import { recordContact } from "../../../shared/referrals/lifecycle";
import { requiredText } from "../../../shared/validation/form-text";
import { SocialReferral } from "../referral/social-referral.entity";
import { SOCIAL_REFERRAL_TABLES } from "../referral/social-referral.service";
import { SocialServiceInput } from "./social-service-record.input";
import { SocialServiceRecord } from "./social-service-record.entity";

/**
 * A10/A13: records a social worker's contact. The first contact is the care point's assessment and
 * puts the referral in service (shared/referrals/lifecycle.ts).
 */
export function recordSocialService(dataSource: DataSource, input: SocialServiceInput): Promise<SocialReferral> {
  const record = Object.assign(new SocialServiceRecord(), {
    id: randomUUID(),
    referralId: requireUuid(input.referralId, "referralId"),
    servedOn: input.servedOn,
    mode: input.mode,
    summary: requiredText(input.summary, "summary", 4000),
    socialWorkerName: requiredText(input.socialWorkerName, "socialWorkerName", 60),
  });
  return recordContact(dataSource, SOCIAL_REFERRAL_TABLES, record);
}
