import { Role } from "../auth/roles";
import { MaskKind } from "../masking";

/**
 * The shape of an agency's access policy (D4, issue #4): one declarative table per subgraph,
 * read by the enforcement layer, the schema descriptions and the matrix tests. Anything the table
 * does not grant is denied (fail closed).
 */
export type Access = "allow" | "mask" | "deny";

export interface PersonalField {
  /** How the value is masked for roles whose access is "mask". */
  readonly mask?: MaskKind;
  /** Roles that may read it in full ("allow") or masked ("mask"); every other role: deny. */
  readonly access: Partial<Readonly<Record<Role, Exclude<Access, "deny">>>>;
}

export interface TypePolicy<Parent = unknown, Context = unknown> {
  /** Roles that may see rows of this type at all; which rows is the row scope's business. */
  readonly readers: readonly Role[];
  /**
   * True for entities with their own row scope (rows carry an in-scope flag; out of scope, every
   * field but `id` is denied). False for values and children reached only through a scoped
   * parent's field, which the parent's rule already guards.
   */
  readonly rowScoped: boolean;
  /** Fields that carry no personal data: readable by every reader. */
  readonly open: readonly string[];
  /** Fields with personal data (PDPA): names, ID numbers, birth dates, phones, addresses, e-mail, health, violence. */
  readonly personal: Readonly<Record<string, PersonalField>>;
  /** For the audit log: the person whose data a row holds (null when it is not one person's). */
  readonly subjectOf?: (parent: Parent, context: Context) => string | null | Promise<string | null>;
}

/**
 * What a mutation touches (issue #7: writes fail closed). Every mutation of every subgraph declares
 * one of three things, and a subgraph whose schema has a mutation without a declaration refuses to
 * start (shared/subgraph/run.ts):
 * - `target`: the existing row it changes, loaded through the caller's scoped loaders before any
 *   write. A target that does not exist answers NOT_FOUND, one outside the caller's row scope
 *   FORBIDDEN; the mutation never runs in either case.
 * - `actingOrg`: the organisation it acts for (a sender's office or district, D3): it must be the
 *   caller's own.
 * - `ownRows`: it creates rows of the caller's own only; the reason says why that is safe, for the
 *   reviewer of ACCESS.md.
 * A declaration may combine a target and an acting organisation.
 */
export interface WriteTarget<Args = unknown, Context = unknown> {
  /** The GraphQL type of the target, for NOT_FOUND. */
  readonly type: string;
  /** The target row, flagged with the caller's scope; null when none has that key. */
  readonly load: (args: Args, context: Context) => Promise<unknown>;
  /** Whether the mutation names a target at all (an optional argument); default: always. */
  readonly named?: (args: Args) => boolean;
}

export interface WriteDeclaration<Args = unknown, Context = unknown> {
  readonly target?: WriteTarget<Args, Context>;
  readonly actingOrg?: (args: Args) => string | undefined;
  /** Why a mutation that names no target and acts for no organisation may still run. */
  readonly ownRows?: string;
  /**
   * D3, issue #8: an intake only a sending agency may call: the caller's token must be that
   * service's signed service token (`act`), carrying the acting user. A user's own token is FORBIDDEN.
   * Several services (issue #9: social and health both report a referral closed) are any one of them.
   */
  readonly through?: string | readonly string[];
}

/** A mutation that changes an existing row of `type`: it must exist and be in the caller's scope. */
export function writesTarget<Args, Context>(
  type: string,
  load: (args: Args, context: Context) => Promise<unknown>,
  options: { named?: (args: Args) => boolean; actingOrg?: (args: Args) => string | undefined } = {},
): WriteDeclaration {
  const { named, actingOrg } = options;
  return {
    target: {
      type,
      load: (args, context) => load(args as Args, context as Context),
      named: named === undefined ? undefined : (args) => named(args as Args),
    },
    actingOrg: actingOrg === undefined ? undefined : (args) => actingOrg(args as Args),
  };
}

/**
 * A mutation that acts for an organisation named in its input (a sender, D3): it must be the caller's.
 * With `through`, only that sending service may call it on the user's behalf (issue #8).
 */
export function actsFor<Args>(actingOrg: (args: Args) => string | undefined, options: { through?: string | readonly string[] } = {}): WriteDeclaration {
  return { actingOrg: (args) => actingOrg(args as Args), through: options.through };
}

/** A mutation that only creates rows of the caller's own; `reason` is shown in ACCESS.md. */
export function createsOwnRows(reason: string): WriteDeclaration {
  return { ownRows: reason };
}

/** Issue #8: the declaration holds only when the call comes through `service`'s service token. */
export function onlyThrough(service: string | readonly string[], declaration: WriteDeclaration): WriteDeclaration {
  return { ...declaration, through: service };
}

/** The sending services a `through` names, as a list (one service or several). */
export function throughServices(through: string | readonly string[]): readonly string[] {
  return typeof through === "string" ? [through] : through.length === 0 ? [""] : through;
}

/** What is wrong with a declaration (empty when it is usable). */
export function declarationProblem(declaration: WriteDeclaration | undefined): string | undefined {
  if (declaration === undefined) {
    return "no write declaration";
  }
  const { target, actingOrg, ownRows } = declaration;
  if (ownRows !== undefined && (target !== undefined || actingOrg !== undefined)) {
    return "ownRows cannot be combined with a target or an acting organisation";
  }
  if (ownRows !== undefined && ownRows.trim().length < 10) {
    return "ownRows needs its reason";
  }
  if (ownRows === undefined && target === undefined && actingOrg === undefined) {
    return "declares nothing";
  }
  if (declaration.through !== undefined && !throughServices(declaration.through).every((service) => /^[a-z][a-z0-9-]{0,39}$/.test(service))) {
    return "through must name a service";
  }
  return undefined;
}

export interface SubgraphPolicy {
  /** `Query.x` / `Mutation.y` → the roles that may call it. */
  readonly operations: Readonly<Record<string, readonly Role[]>>;
  /** `Mutation.x` → what it touches (every mutation has one; see WriteDeclaration). */
  readonly writes: Readonly<Record<string, WriteDeclaration>>;
  /** Built with `typePolicy<Parent, Context>(…)`, which types each entry's own parent. */
  readonly types: Readonly<Record<string, TypePolicy>>;
  /** Entity type → role → the named row scope (implemented in the subgraph's scope.ts). No entry: no rows. */
  readonly rowScope: Readonly<Record<string, Partial<Readonly<Record<Role, string>>>>>;
}

/**
 * Declares one type's policy with its row class, so `subjectOf` is typed; the enforcement layer
 * only ever passes rows of that type to it.
 */
export function typePolicy<Parent, Context>(policy: TypePolicy<Parent, Context>): TypePolicy {
  const { subjectOf } = policy;
  return {
    ...policy,
    subjectOf: subjectOf === undefined ? undefined : (parent, context) => subjectOf(parent as Parent, context as Context),
  };
}

export function accessOf(policy: SubgraphPolicy, typeName: string, fieldName: string, role: Role): Access {
  const type = policy.types[typeName];
  if (type === undefined || !type.readers.includes(role)) {
    return "deny";
  }
  if (type.open.includes(fieldName)) {
    return "allow";
  }
  return type.personal[fieldName]?.access[role] ?? "deny";
}

export function mayCall(policy: SubgraphPolicy, operation: string, role: Role): boolean {
  return policy.operations[operation]?.includes(role) ?? false;
}
