import { Role } from "../../shared/auth/roles";
import { AUDIT_ENTRY_FIELDS } from "../../shared/authz/audit-policy";
import { loadTarget, districtNamed } from "../../shared/authz/guards";
import { actsFor, SubgraphPolicy, typePolicy, writesTarget } from "../../shared/authz/policy";
import type { HealthContext } from "./loaders";
import { HealthReferral } from "./referral/health-referral.entity";
import { HealthServiceRecord } from "./service-record/health-service-record.entity";

/**
 * 衛生局's access policy (D4, issue #4; PDPA art. 15–16: personal data only within the duty and the
 * purpose; health data is a special category, art. 6). The whole policy of the health subgraph is
 * this file: who may call what, which fields each role reads in full or not at all, and which rows
 * (scope.ts). Anything not granted here is denied.
 *
 * Why these grants (DOMAIN A9–A13, ARCHITECTURE's role table):
 * - The district's 人文課 refers the family through the system (A9) and, as the sender of the
 *   hand-off, calls 衛生局's intake (D3); it wrote the needs and the description, and the handling
 *   is reported back to it (A10: 通報處理情形), so it reads the referrals it sent in full, contact
 *   summaries included.
 * - The 公衛護士 of a 健康服務中心 serves the referrals of their centre (A10; "health referrals of
 *   their centre"): assessment by phone or visit, health education, eugenic care advice; they
 *   record contacts and close referrals.
 * - 民政局 coordinates and oversees the handling city-wide (A10: "visible to 民政局", A11): status,
 *   unit and dates of every referral, never the health details the district or the nurse wrote
 *   (needs, description, contact summaries).
 * - The other case roles reach referrals only through household's Person or the district's
 *   CareCase; those lists are row-scoped, so a role without a scope here sees them empty.
 * - 民政局's analyst reads aggregates only; the auditor reads the audit log, never the data.
 */
const { HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, POLICE_OFFICER, CIVIL_AFFAIRS_OFFICER, AUDITOR } = Role;

/** Roles whose work is about individual families; everyone but the analyst and the auditor. */
const CASEWORK = [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, POLICE_OFFICER, CIVIL_AFFAIRS_OFFICER];
/** Who sees referrals at all: the centre serving them, the district that sent them, 民政局 overseeing. */
const REFERRAL_READERS = [HEALTH_NURSE, DISTRICT_CASE_OFFICER, CIVIL_AFFAIRS_OFFICER];
/** Who may search the referral list: the serving centres and 民政局 (a district follows its own cases). */
const LIST_READERS = [HEALTH_NURSE, CIVIL_AFFAIRS_OFFICER];

/** Health details: the nurse serving the case and the district that wrote them. */
const SERVER_AND_SENDER = { HEALTH_NURSE: "allow", DISTRICT_CASE_OFFICER: "allow" } as const;

export const healthPolicy: SubgraphPolicy = {
  writes: {
    // D3: a district refers for itself only; a unit serves and closes only what was referred to it.
    "Mutation.receiveHealthReferral": actsFor<{ input: { referringDistrict: string } }>((args) => districtNamed(args.input.referringDistrict)),
    "Mutation.recordHealthService": writesTarget<{ input: { referralId: string } }, HealthContext>("HealthReferral", (args, context) =>
      loadTarget(context.loaders.referralById, args.input.referralId, "input.referralId"),
    ),
    "Mutation.closeHealthReferral": writesTarget<{ referralId: string }, HealthContext>("HealthReferral", (args, context) =>
      loadTarget(context.loaders.referralById, args.referralId, "referralId"),
    ),
  },
  operations: {
    "Query.healthReferral": REFERRAL_READERS,
    "Query.healthReferrals": LIST_READERS,
    "Query.healthAuditLog": [AUDITOR],
    "Mutation.receiveHealthReferral": [DISTRICT_CASE_OFFICER],
    "Mutation.recordHealthService": [HEALTH_NURSE],
    "Mutation.closeHealthReferral": [HEALTH_NURSE],
  },
  types: {
    HealthReferral: typePolicy<HealthReferral, unknown>({
      readers: REFERRAL_READERS,
      rowScoped: true,
      open: [
        "id", "clientKey", "careCaseId", "personId", "referringDistrictCode", "healthCentreCode", "referredOn", "receivedAt",
        "serviceUnit", "status", "closedOn", "createdAt", "careCase", "person", "services",
      ],
      personal: {
        needs: { access: SERVER_AND_SENDER },
        description: { access: SERVER_AND_SENDER },
        // Whom to contact: the serving unit needs it in full (it does not read household's
        // records); 民政局 overseeing the handling recognises the family, masked.
        contactName: { mask: "name", access: { ...SERVER_AND_SENDER, CIVIL_AFFAIRS_OFFICER: "mask" } },
        contactPhone: { mask: "phone", access: { ...SERVER_AND_SENDER, CIVIL_AFFAIRS_OFFICER: "mask" } },
        contactAddress: { mask: "text", access: SERVER_AND_SENDER },
      },
      subjectOf: (referral) => referral.personId,
    }),
    HealthServiceRecord: typePolicy<HealthServiceRecord, HealthContext>({
      readers: REFERRAL_READERS,
      rowScoped: false,
      open: ["id", "referralId", "servedOn", "mode", "nurseName", "createdAt"],
      personal: {
        summary: { access: SERVER_AND_SENDER },
      },
      // Reached only through its referral's `services`, so the referral is already loaded.
      subjectOf: async (record, context) => (await context.loaders.referralById.load(record.referralId))?.personId ?? null,
    }),
    Person: typePolicy({ readers: CASEWORK, rowScoped: false, open: ["id", "healthReferrals"], personal: {} }),
    CareCase: typePolicy({ readers: CASEWORK, rowScoped: false, open: ["id", "healthReferrals"], personal: {} }),
    HealthReferralConnection: typePolicy({ readers: LIST_READERS, rowScoped: false, open: ["edges", "pageInfo", "totalCount"], personal: {} }),
    HealthReferralEdge: typePolicy({ readers: LIST_READERS, rowScoped: false, open: ["cursor", "node"], personal: {} }),
    PageInfo: typePolicy({ readers: LIST_READERS, rowScoped: false, open: ["hasNextPage", "endCursor"], personal: {} }),
    AuditEntry: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...AUDIT_ENTRY_FIELDS], personal: {} }),
  },
  rowScope: {
    HealthReferral: { HEALTH_NURSE: "referralsOfCentre", DISTRICT_CASE_OFFICER: "referralsFromDistrict", CIVIL_AFFAIRS_OFFICER: "cityOversight" },
  },
};
