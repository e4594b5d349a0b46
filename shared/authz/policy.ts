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
 * What a mutation may touch (issue #4: row scope holds for writes too). `target` loads, through
 * the caller's scoped loaders, the existing row the mutation changes: it must be in scope.
 * `actingOrg` names the organisation the mutation acts for (a sender's office or district): it
 * must be the caller's own.
 */
export interface WriteGuard<Args = unknown, Context = unknown> {
  readonly target?: (args: Args, context: Context) => Promise<unknown>;
  readonly actingOrg?: (args: Args) => string | undefined;
}

export function writeGuard<Args, Context>(guard: WriteGuard<Args, Context>): WriteGuard {
  const { target, actingOrg } = guard;
  return {
    target: target === undefined ? undefined : (args, context) => target(args as Args, context as Context),
    actingOrg: actingOrg === undefined ? undefined : (args) => actingOrg(args as Args),
  };
}

export interface SubgraphPolicy {
  /** `Query.x` / `Mutation.y` → the roles that may call it. */
  readonly operations: Readonly<Record<string, readonly Role[]>>;
  /** `Mutation.x` → the guard on what it touches; a mutation without one creates rows of its own. */
  readonly writes?: Readonly<Record<string, WriteGuard>>;
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
