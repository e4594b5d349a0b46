import { Role } from "../auth/roles";

/**
 * Who a receiving agency is (D3, D11): the names its schema, policy and loaders share, derived once
 * from its prefix so that a referral type, its operations and its policy rows can never disagree.
 * 社會局 is `Social` (SocialReferral, receiveSocialReferral, …), 衛生局 `Health`.
 *
 * A receiving agency (subgraphs/social is the model) keeps only what is its own: this descriptor
 * (agency.ts); its referral entity extending `receivedReferralType` with its needs, units and own
 * columns, and its service record extending `ServiceRecordBase` with who made the contact; its
 * inputs; its intake rules (`receiveReferral`: which unit serves which needs); its stubs of Person
 * and CareCase (shared/federation/entity-stub.ts); its scope of the serving unit; the policy's
 * reasons (`receivingPolicy`); its migrations and operations.graphql.
 */
export interface ReceivingAgency {
  /** Type prefix: `Social` → SocialReferral, SocialServiceRecord, SocialServiceInput. */
  readonly prefix: string;
  /** The agency as the seeds name it (社會局, 衛生局), for descriptions. */
  readonly agency: string;
  /** The role that serves the referrals (A10: 社工, 公衛護士). */
  readonly server: Role;
  /** Who makes a service contact, for descriptions ("social worker"). */
  readonly staffNoun: string;
  /** Its database schema (its schema-name.ts): the inbox and the notifications read their own tables (D1). */
  readonly schema: string;
  /** Its subgraph's service name (issue #9): its outbox signs as it when it reports a referral closed (D3). */
  readonly service: string;
  /**
   * Issue #9: a subgraph that hosts several receiving kits (民政局: its own cases and the partner
   * agencies' referrals) keeps each kit's loaders under this key of its loaders; none: the loaders are the kit's.
   */
  readonly loadersKey?: string;
}

export interface ReceivingNames {
  readonly referralType: string;
  readonly recordType: string;
  readonly referralQuery: string;
  readonly referralList: string;
  readonly receive: string;
  readonly recordService: string;
  readonly close: string;
  readonly auditLog: string;
  /** The field the agency adds to household's Person and the district's CareCase. */
  readonly onStubs: string;
  /** Issue #8: the serving role's work list and its item type (the inbox kit names the others from the prefix). */
  readonly inbox: string;
  readonly inboxItemType: string;
  /** Issue #8: notifications of arrivals (shared/notifications names the operations from the prefix). */
  readonly notificationType: string;
  readonly notifications: string;
  readonly markNotificationsSeen: string;
}

export function receivingNames({ prefix }: Pick<ReceivingAgency, "prefix">): ReceivingNames {
  const lower = `${prefix.charAt(0).toLowerCase()}${prefix.slice(1)}`;
  return {
    referralType: `${prefix}Referral`,
    recordType: `${prefix}ServiceRecord`,
    referralQuery: `${lower}Referral`,
    referralList: `${lower}Referrals`,
    receive: `receive${prefix}Referral`,
    recordService: `record${prefix}Service`,
    close: `close${prefix}Referral`,
    auditLog: `${lower}AuditLog`,
    onStubs: `${lower}Referrals`,
    inbox: `${lower}Inbox`,
    inboxItemType: `${prefix}InboxItem`,
    notificationType: `${prefix}Notification`,
    notifications: `${lower}Notifications`,
    markNotificationsSeen: `mark${prefix}NotificationsSeen`,
  };
}
