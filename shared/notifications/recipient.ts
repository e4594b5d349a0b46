import type { Principal } from "../auth/principal";
import type { Role } from "../auth/roles";

/** Whom a notification is for: one staff member (the token subject), or a unit (organisation and role). */
export type Recipient = { readonly subject: string } | { readonly org: string; readonly role: Role };

/**
 * The caller's notifications: addressed to their subject, or to their organisation in their role.
 * The SQL of the notifications' "row scope" (positional parameters from `offset + 1`).
 */
export function recipientCondition(alias: string, principal: Principal, offset: number): { sql: string; params: string[] } {
  const [subject, org, role] = [offset + 1, offset + 2, offset + 3];
  return {
    sql: `("${alias}"."recipient_subject" = $${subject} OR ("${alias}"."recipient_org" = $${org} AND "${alias}"."recipient_role" = $${role}))`,
    params: [principal.subject, principal.org, principal.role],
  };
}
