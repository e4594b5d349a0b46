import { Role } from "../auth/roles";
import { actsFor, SubgraphPolicy, TypePolicy, typePolicy, WriteDeclaration, writesTarget } from "../authz/policy";
import { legalHoldById } from "./holds";
import { retentionFieldNames } from "./names";
import type { RetentionContext, RetentionSpec } from "./resolver";
import { LEGAL_HOLD_FIELDS, RETENTION_SETTING_FIELDS } from "./retention.types";

/** How the agency's policy loads a hold's subject through the caller's scoped loaders (null: none). */
export type SubjectLoader<Context> = (subjectId: unknown, field: string, context: Context) => Promise<unknown>;

/**
 * The policy entries of one agency's retention (issue #9, D4). `owner` is the role that owns the
 * records of its organisation: it sets its own organisation's period (`actsFor`: another's is
 * FORBIDDEN) and places and lifts holds on subjects in its scope (a subject outside it FORBIDDEN,
 * none NOT_FOUND). Nobody else, not even the auditor: when in doubt, deny.
 */
export function retentionPolicy<Context extends RetentionContext>(
  spec: RetentionSpec,
  owner: Role,
  loadSubject: SubjectLoader<Context>,
): {
  readonly operations: Readonly<Record<string, readonly Role[]>>;
  readonly writes: Readonly<Record<string, WriteDeclaration>>;
  readonly types: Readonly<Record<string, TypePolicy>>;
} {
  const names = retentionFieldNames(spec.agency);
  return {
    operations: {
      [`Query.${names.setting}`]: [owner],
      [`Query.${names.holds}`]: [owner],
      [`Mutation.${names.set}`]: [owner],
      [`Mutation.${names.place}`]: [owner],
      [`Mutation.${names.lift}`]: [owner],
    },
    writes: {
      [`Mutation.${names.set}`]: actsFor<{ org: string }>((args) => args.org),
      [`Mutation.${names.place}`]: writesTarget<{ subjectId: unknown }, Context>(spec.subjectType, (args, context) => loadSubject(args.subjectId, "subjectId", context)),
      // The hold's subject must be in the caller's scope, as for placing it; an unknown hold is NOT_FOUND.
      [`Mutation.${names.lift}`]: writesTarget<{ holdId: string }, Context>("LegalHold", async (args, context) => {
        const hold = await legalHoldById(context.dataSource, spec.schema, args.holdId);
        return hold === null ? null : loadSubject(hold.subjectId, "holdId", context);
      }),
    },
    types: {
      RetentionSetting: typePolicy({ readers: [owner], rowScoped: false, open: [...RETENTION_SETTING_FIELDS], personal: {} }),
      // A hold names a subject by id and why, never a person's data.
      LegalHold: typePolicy({ readers: [owner], rowScoped: false, open: [...LEGAL_HOLD_FIELDS], personal: {} }),
    },
  };
}

/** An agency's policy with its retention's entries added (as `withReferralStatistics` adds the statistics' types). */
export function withRetention(policy: SubgraphPolicy, retention: ReturnType<typeof retentionPolicy>): SubgraphPolicy {
  return {
    ...policy,
    operations: { ...policy.operations, ...retention.operations },
    writes: { ...policy.writes, ...retention.writes },
    types: { ...policy.types, ...retention.types },
  };
}
