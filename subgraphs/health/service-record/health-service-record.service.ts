import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { requireUuid } from "../../../shared/graphql/ids";
import { recordContact } from "../../../shared/referrals/lifecycle";
import { requiredText } from "../../../shared/validation/form-text";
import { HealthReferral } from "../referral/health-referral.entity";
import { HEALTH_REFERRAL_TABLES } from "../referral/health-referral.service";
import { HealthServiceInput } from "./health-service-record.input";
import { HealthServiceRecord } from "./health-service-record.entity";

/**
 * A10: a nurse's (or counsellor's) contact. The first one is the assessment, after which the
 * referral is in service (shared/referrals/lifecycle.ts).
 */
export function recordHealthService(dataSource: DataSource, input: HealthServiceInput): Promise<HealthReferral> {
  const contact = Object.assign(new HealthServiceRecord(), {
    id: randomUUID(),
    referralId: requireUuid(input.referralId, "referralId"),
    servedOn: input.servedOn,
    mode: input.mode,
    summary: requiredText(input.summary, "summary", 4000),
    nurseName: requiredText(input.nurseName, "nurseName", 60),
  });
  return recordContact(dataSource, HEALTH_REFERRAL_TABLES, contact);
}
