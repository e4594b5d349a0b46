import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { ReactNode } from "react";
import type { PageInfoView } from "../../components/paging";
import type { Labels } from "../../labels/agencies";

/**
 * One receiving agency's kit as the console uses it (issue #11). Every agency built on
 * shared/receiving has the same operations under its own prefix (socialInbox, healthInbox,
 * partnerInbox, civilAffairsInbox …); each kit's documents alias them to the same names
 * (inbox, referral, notifications), so one set of screens serves them all.
 */
export interface ServiceView {
  readonly id: string;
  readonly servedOn?: string | null;
  readonly mode?: string | null;
  readonly summary?: string | null;
  /** The agency's own word for who made the contact (socialWorkerName, nurseName, officerName), aliased. */
  readonly staffName?: string | null;
}

export interface TransferView {
  readonly id: string;
  readonly fromUnit?: string | null;
  readonly toUnit?: string | null;
  readonly reason?: string | null;
  readonly transferredOn?: string | null;
}

export interface ReferralView {
  readonly id: string;
  /** The referring district's case (social and health read its urgent reports, issue #11). */
  readonly careCaseId?: string | null;
  readonly status?: string | null;
  readonly needs?: readonly string[] | null;
  readonly description?: string | null;
  readonly contactName?: string | null;
  readonly contactPhone?: string | null;
  readonly contactAddress?: string | null;
  readonly referringDistrictCode?: string | null;
  readonly referredOn?: string | null;
  readonly receivedAt?: string | null;
  readonly serviceUnit?: string | null;
  readonly closedOn?: string | null;
  readonly services?: readonly ServiceView[] | null;
  readonly transfers?: readonly TransferView[] | null;
}

export interface InboxView {
  readonly totalCount?: number | null;
  /** Issue #11: the inbox is read a page at a time. */
  readonly pageInfo?: PageInfoView | null;
  readonly items?: readonly {
    readonly id: string;
    readonly kind?: string | null;
    readonly since?: string | null;
    readonly referral?: ReferralView | null;
  }[] | null;
}

export interface NotificationView {
  readonly id: string;
  readonly kind?: string | null;
  readonly subjectId?: string | null;
  readonly createdAt?: string | null;
  readonly seenAt?: string | null;
}

export interface ServiceVariables {
  referralId: string;
  servedOn: string;
  mode: "PHONE" | "HOME_VISIT" | "OFFICE";
  summary: string;
  staffName: string;
}

type Changed = { readonly referral?: { readonly id: string } | null };

/** A10 (issue #9): where the kit's referrals may move, the unit written into its document. */
export interface KitTransfer {
  readonly toUnit: string;
  readonly document: TypedDocumentNode<Changed, { referralId: string; reason: string; transferredOn: string }>;
}

export interface ReceivingKit {
  /** The agency as its staff name it (社會局). */
  readonly agency: string;
  /** The label of "who made the contact" on the service form (社工姓名). */
  readonly staffNameLabel: string;
  readonly needLabels: Labels;
  readonly unitLabels: Labels;
  readonly inbox: TypedDocumentNode<{ readonly inbox?: InboxView | null }, { first?: number | null; after?: string | null }>;
  readonly referral: TypedDocumentNode<{ readonly referral?: ReferralView | null }, { id: string }>;
  readonly recordService: TypedDocumentNode<Changed, ServiceVariables>;
  readonly close: TypedDocumentNode<Changed, { referralId: string; closedOn: string }>;
  readonly notifications: TypedDocumentNode<{ readonly notifications?: readonly NotificationView[] | null }, Record<string, never>>;
  readonly markSeen: TypedDocumentNode<{ readonly notifications?: readonly { readonly id: string }[] | null }, { ids: string[] | string }>;
  /** A10 (issue #9): the unit A10 lets the agency's referrals move to, where its kit has transfers. */
  readonly transfer?: KitTransfer;
  /** Issue #11 (A9, A13): the urgent-report target this agency answers (成案 or not) on its referrals' cases. */
  readonly answersUrgentReportsTo?: "SOCIAL_BUREAU" | "HEALTH_BUREAU";
  /** What only this agency does with an open referral (民政局: onward referrals, A11). */
  readonly extra?: (referral: ReferralView) => ReactNode;
}
