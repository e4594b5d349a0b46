import { loadTarget } from "../authz/guards";
import { ReferralStatus } from "../graphql/enums";
import { notificationsTableOf } from "../notifications/table";
import { outboxTableOf } from "../outbox/table";
import { retentionPolicy } from "../retention/policy";
import type { PurgeStep, RetentionPlan } from "../retention/purge";
import type { RetentionSpec } from "../retention/resolver";
import { ReceivingContext, receivingLoadersOf } from "./loaders";
import { ReceivingAgency, receivingNames } from "./names";
import type { ReceivedReferralRow } from "./referral.entity";
import type { ServiceRecordBase } from "./service-record.entity";

/** What a receiving agency's retention is made of (issue #9): its fields' spec, its purge, its policy entries. */
export interface ReceivingRetention {
  readonly spec: RetentionSpec;
  readonly plan: RetentionPlan;
  readonly policy: ReturnType<typeof retentionPolicy>;
}

/**
 * Issue #9: what differs for a kit hosted in another agency's subgraph, or one of several in a
 * subgraph (民政局's: its own cases and the partner agencies' referrals).
 */
export interface HostedKit {
  /** Its tables' names, when not the kit's own `referrals` and `service_records`. */
  readonly tables?: { readonly referrals: string; readonly serviceRecords: string };
  /** SQL over `s` naming the owning organisation when no column holds it (RetentionPlan.owner). */
  readonly owner?: string;
  /** The name its retention fields are made from (`partner` → setPartnerRetention), when not its subgraph's. */
  readonly fieldsNamed?: string;
  /** More of a referral's own records, deleted with it (before the referral: they reference it). */
  readonly records?: readonly PurgeStep[];
}

/**
 * A9 (issue #9) for a receiving agency: a CLOSED referral and its records — its service records,
 * its arrival notifications, and the outbox row that reported its closing to the district (matched
 * by the key the district delivered it under, closing.ts) — owned by the unit that serves it
 * (`ownerColumn`, the serving scope's column: 社會局's unit, 衛生局's 健康服務中心). A referral whose
 * closing is still on its way to the district waits for it. The serving role owns its unit's
 * setting and holds the referrals of its scope; nobody else (when in doubt, deny).
 */
export function receivingRetention(agency: ReceivingAgency, ownerColumn: string, hosted: HostedKit = {}): ReceivingRetention {
  const names = receivingNames(agency);
  const S = `"${agency.schema}"`;
  const referrals = `${S}."${hosted.tables?.referrals ?? "referrals"}"`;
  const serviceRecords = `${S}."${hosted.tables?.serviceRecords ?? "service_records"}"`;
  const outbox = outboxTableOf(agency.schema);
  const referralKeyOf = (alias: string): string => `(${alias}"payload" -> 'input' ->> 'referralKey')`;
  const closingOf = (referral: string): string => `${referralKeyOf(`"o".`)} = ${referral}."client_key"`;
  const loadersOf = receivingLoadersOf<ReceivedReferralRow, ServiceRecordBase>(agency);
  const spec: RetentionSpec = { agency: hosted.fieldsNamed ?? agency.service, schema: agency.schema, subjectType: names.referralType };
  return {
    spec,
    plan: {
      schema: agency.schema,
      subjectType: names.referralType,
      table: referrals,
      ownerColumn: `"${ownerColumn}"`,
      ...(hosted.owner === undefined ? {} : { owner: hosted.owner }),
      closedOnColumn: `"closed_on"`,
      closed: `"s"."status" = '${ReferralStatus.CLOSED}' AND NOT EXISTS (SELECT 1 FROM ${outbox} "o" WHERE ${closingOf(`"s"`)} AND "o"."delivered_at" IS NULL)`,
      steps: [
        {
          name: "notifications",
          sql: `DELETE FROM ${notificationsTableOf(agency.schema)} WHERE "subject_type" = '${names.referralType}' AND "subject_id" = ANY($1::text[])`,
        },
        { name: "outbox", sql: `DELETE FROM ${outbox} "o" USING ${referrals} "r" WHERE "r"."id"::text = ANY($1::text[]) AND ${closingOf(`"r"`)}` },
        { name: "serviceRecords", sql: `DELETE FROM ${serviceRecords} WHERE "referral_id"::text = ANY($1::text[])` },
        ...(hosted.records ?? []),
        // A10 (issue #9): the referral's history of units goes with it (names.ts `transfers`).
        ...(agency.transfers === true ? [{ name: "referralTransfers", sql: `DELETE FROM ${S}."referral_transfers" WHERE "referral_id"::text = ANY($1::text[])` }] : []),
        { name: "referrals", sql: `DELETE FROM ${referrals} WHERE "id"::text = ANY($1::text[])` },
      ],
      // Delivered outbox rows pile up; notifications are otherwise read by recipient and time.
      indexes: [
        { name: "outbox_referral_key", table: outbox, columns: `(${referralKeyOf("")})` },
        { name: "notifications_subject", table: notificationsTableOf(agency.schema), columns: `"subject_type", "subject_id"` },
      ],
    },
    // Through the kit's own loaders (under its key where the subgraph hosts several kits): a hold names a referral of the caller's scope.
    policy: retentionPolicy<ReceivingContext<ReceivedReferralRow, ServiceRecordBase>>(spec, agency.server, (subjectId, field, context) =>
      loadTarget(loadersOf(context).referralById, subjectId, field),
    ),
  };
}
