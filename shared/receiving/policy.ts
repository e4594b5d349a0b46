import { Role } from "../auth/roles";
import { AUDIT_ENTRY_FIELDS } from "../authz/audit-policy";
import { districtNamed, loadTarget } from "../authz/guards";
import { actsFor, PersonalField, SubgraphPolicy, typePolicy, writesTarget } from "../authz/policy";
import { INBOX_COUNT_FIELDS, INBOX_ITEM_FIELDS, INBOX_PAGE_FIELDS } from "../inbox/inbox.types";
import { NOTIFICATION_FIELDS } from "../notifications/notification.type";
import { loadSeenTarget } from "../notifications/notifications.service";
import { ReceivingContext, receivingLoadersOf } from "./loaders";
import { receivingNames, ReceivingAgency } from "./names";
import { ReceivedReferralRow } from "./referral.entity";
import { ServiceRecordBase } from "./service-record.entity";

/** What differs between receiving agencies' policies: the agency's own fields and the name of its serving unit's row scope. */
export interface ReceivingPolicySpec {
  readonly agency: ReceivingAgency;
  /** The scope of the serving role (its scope.ts): the referrals its unit or centre serves. */
  readonly servingScope: string;
  /** The agency's own referral columns that carry no personal data (衛生局: healthCentreCode). */
  readonly ownOpenFields?: readonly string[];
  /** The service record's field naming who made the contact (socialWorkerName, nurseName). */
  readonly staffField: string;
}

const { HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, POLICE_OFFICER, CIVIL_AFFAIRS_OFFICER, AUDITOR } = Role;

/** Roles whose work is about individual families; everyone but the analyst and the auditor. */
const CASEWORK = [HOUSEHOLD_CLERK, DISTRICT_CASE_OFFICER, VILLAGE_OFFICER, SOCIAL_WORKER, HEALTH_NURSE, POLICE_OFFICER, CIVIL_AFFAIRS_OFFICER];

/**
 * The access policy every receiving agency shares (D4, issue #4, issue #7), for its agency's
 * serving role. The grants, and why:
 * - The district's 人文課 refers the family through the system (A9): the district's subgraph
 *   delivers the referral from its own records (referCase, its outbox), so the intake takes only
 *   the district's service token acting for an officer of the referring district (D3, issue #8); a
 *   user's own token is FORBIDDEN. 人文課 wrote the needs and the description, and the handling is
 *   reported back to it (A10: 通報處理情形), so it reads the referrals it sent in full, service
 *   summaries included.
 * - The serving role (社工 of a unit, 公衛護士 of a centre) reads, serves and closes the referrals
 *   of its unit only (A10); its inbox lists them (to accept, to report on) and its unit is
 *   notified when one arrives (issue #8): the work and the key, never the referral's data.
 * - 民政局 coordinates and oversees the handling city-wide (A10: "visible to 民政局", A11): status,
 *   unit and dates of every referral, the contact masked, never what the district or the serving
 *   unit wrote about the family (needs, description, summaries).
 * - The other case roles reach referrals only through household's Person or the district's
 *   CareCase; those lists are row-scoped, so a role without a scope here sees them empty.
 * - 民政局's analyst reads aggregates only; the auditor reads the audit log, never the data.
 * The agency's policy.ts says why these grants fit that agency's data.
 */
export function receivingPolicy({ agency, servingScope, ownOpenFields = [], staffField }: ReceivingPolicySpec): SubgraphPolicy {
  const names = receivingNames(agency);
  const server = agency.server;
  /**
   * 民政局 overseeing the handling (A10), unless it is itself the agency serving the referral (A11:
   * its own single cases, issue #9): then it reads them as their server, in full.
   */
  const overseers = server === CIVIL_AFFAIRS_OFFICER ? [] : [CIVIL_AFFAIRS_OFFICER];
  const overseerMask: PersonalField["access"] = server === CIVIL_AFFAIRS_OFFICER ? {} : { CIVIL_AFFAIRS_OFFICER: "mask" };
  /** Who sees referrals at all: the unit serving them, the district that sent them, 民政局 overseeing. */
  const referralReaders = [server, DISTRICT_CASE_OFFICER, ...overseers];
  /** Who may search the referral list: the serving units and 民政局 (a district follows its own cases). */
  const listReaders = [server, ...overseers];
  /** What the district wrote and the unit found: the unit serving the case and the district that wrote it. */
  const serverAndSender: PersonalField["access"] = { [server]: "allow", DISTRICT_CASE_OFFICER: "allow" };
  type Context = ReceivingContext<ReceivedReferralRow, ServiceRecordBase>;
  const loadersOf = receivingLoadersOf<ReceivedReferralRow, ServiceRecordBase>(agency);
  return {
    writes: {
      // D3, issue #8: only the district's service delivers, for an officer of the referring district;
      // a unit serves and closes only what was referred to it.
      [`Mutation.${names.receive}`]: actsFor<{ input: { referringDistrict: string } }>((args) => districtNamed(args.input.referringDistrict), { through: "district" }),
      [`Mutation.${names.recordService}`]: writesTarget<{ input: { referralId: string } }, Context>(names.referralType, (args, context) =>
        loadTarget(loadersOf(context).referralById, args.input.referralId, "input.referralId"),
      ),
      [`Mutation.${names.close}`]: writesTarget<{ referralId: string }, Context>(names.referralType, (args, context) =>
        loadTarget(loadersOf(context).referralById, args.referralId, "referralId"),
      ),
      // Issue #8: only the caller's own notifications (to them or their unit); another's is FORBIDDEN, unknown NOT_FOUND.
      [`Mutation.${names.markNotificationsSeen}`]: writesTarget<{ ids: unknown[] }, Context>(names.notificationType, (args, context) =>
        loadSeenTarget(loadersOf(context).notificationById, args.ids),
      ),
    },
    operations: {
      [`Query.${names.referralQuery}`]: referralReaders,
      [`Query.${names.referralList}`]: listReaders,
      [`Query.${names.auditLog}`]: [AUDITOR],
      [`Mutation.${names.receive}`]: [DISTRICT_CASE_OFFICER],
      [`Mutation.${names.recordService}`]: [server],
      [`Mutation.${names.close}`]: [server],
      [`Query.${names.inbox}`]: [server],
      [`Query.${names.notifications}`]: [server],
      [`Mutation.${names.markNotificationsSeen}`]: [server],
    },
    types: {
      [names.referralType]: typePolicy<ReceivedReferralRow, unknown>({
        readers: referralReaders,
        rowScoped: true,
        open: [
          "id", "clientKey", "careCaseId", "personId", "referringDistrictCode", ...ownOpenFields, "referredOn", "receivedAt", "serviceUnit",
          "status", "closedOn", "createdAt", "careCase", "person", "services",
        ],
        personal: {
          needs: { access: serverAndSender },
          description: { access: serverAndSender },
          // Whom to contact: the serving unit needs it in full (it does not read household's
          // records); 民政局 overseeing the handling recognises the family, masked.
          contactName: { mask: "name", access: { ...serverAndSender, ...overseerMask } },
          contactPhone: { mask: "phone", access: { ...serverAndSender, ...overseerMask } },
          contactAddress: { mask: "text", access: serverAndSender },
        },
        subjectOf: (referral) => referral.personId,
      }),
      [names.recordType]: typePolicy<ServiceRecordBase, Context>({
        readers: referralReaders,
        rowScoped: false,
        open: ["id", "referralId", "servedOn", "mode", staffField, "createdAt"],
        personal: {
          summary: { access: serverAndSender },
        },
        // Reached only through its referral's `services`, so the referral is already loaded.
        subjectOf: async (record, context) => (await loadersOf(context).referralById.load(record.referralId))?.personId ?? null,
      }),
      Person: typePolicy({ readers: CASEWORK, rowScoped: false, open: ["id", names.onStubs], personal: {} }),
      CareCase: typePolicy({ readers: CASEWORK, rowScoped: false, open: ["id", names.onStubs], personal: {} }),
      [`${names.referralType}Connection`]: typePolicy({ readers: listReaders, rowScoped: false, open: ["edges", "pageInfo", "totalCount"], personal: {} }),
      [`${names.referralType}Edge`]: typePolicy({ readers: listReaders, rowScoped: false, open: ["cursor", "node"], personal: {} }),
      PageInfo: typePolicy({ readers: listReaders, rowScoped: false, open: ["hasNextPage", "endCursor"], personal: {} }),
      AuditEntry: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...AUDIT_ENTRY_FIELDS], personal: {} }),
      // Issue #8: the work and the key only; rows are the serving scope (rowScope below, applied by the inbox's query).
      [names.inboxItemType]: typePolicy({ readers: [server], rowScoped: false, open: [...INBOX_ITEM_FIELDS, "referral"], personal: {} }),
      [`${agency.prefix}InboxPage`]: typePolicy({ readers: [server], rowScoped: false, open: [...INBOX_PAGE_FIELDS], personal: {} }),
      [`${agency.prefix}InboxStateCount`]: typePolicy({ readers: [server], rowScoped: false, open: [...INBOX_COUNT_FIELDS], personal: {} }),
      /** Kind and reference only; the caller's own (the query filters by recipient). */
      [names.notificationType]: typePolicy({ readers: [server], rowScoped: false, open: [...NOTIFICATION_FIELDS], personal: {} }),
    },
    rowScope: {
      // The serving role's scope last: it is 民政局's own when 民政局 serves (issue #9).
      [names.referralType]: { DISTRICT_CASE_OFFICER: "referralsFromDistrict", CIVIL_AFFAIRS_OFFICER: "cityOversight", [server]: servingScope },
      // Issue #8: the serving unit's inbox holds the referrals it may read, no more.
      [names.inboxItemType]: { [server]: servingScope },
    },
  };
}
