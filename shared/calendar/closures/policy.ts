import { Role } from "../../auth/roles";
import { createsOwnRows, onlyThrough, TypePolicy, typePolicy, WriteDeclaration } from "../../authz/policy";
import { closureIntakeNames } from "./names";

/** The calendar owner's service name in the registry (shared/agencies.ts). */
export const CALENDAR_SERVICE = "calendar";

/**
 * The policy entries a deadline-owning agency adds for its closure intake (D3, D4, issue #8): a
 * CALENDAR_ADMIN, only through the calendar service's token — a user's own token, even an admin's,
 * is FORBIDDEN, so a closure reaches an agency only as the owner recorded it. The copy holds no
 * personal data.
 */
export function closureReceiverPolicy(agency: string): {
  readonly operations: Readonly<Record<string, readonly Role[]>>;
  readonly writes: Readonly<Record<string, WriteDeclaration>>;
  readonly types: Readonly<Record<string, TypePolicy>>;
} {
  const mutation = `Mutation.${closureIntakeNames(agency).field}`;
  return {
    operations: { [mutation]: [Role.CALENDAR_ADMIN] },
    writes: {
      [mutation]: onlyThrough(CALENDAR_SERVICE, createsOwnRows("the agency's own copy of a closure the calendar owner declared or withdrew")),
    },
    types: {
      // Read only by the intake's caller, as its acknowledgement; the calendar itself is read from its owner.
      ReceivedOfficeClosure: typePolicy({ readers: [Role.CALENDAR_ADMIN], rowScoped: false, open: ["id", "date", "action", "version", "receivedAt"], personal: {} }),
    },
  };
}
