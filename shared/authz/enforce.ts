import { types } from "util";
import { GraphQLError, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, isIntrospectionType, isObjectType } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { allow, deny, rule, shield } from "graphql-shield";
import type { ShieldRule } from "graphql-shield/typings/types";
import { Principal } from "../auth/principal";
import type { Role } from "../auth/roles";
import { isActingThrough } from "../auth/service-token";
import { forbidden, notFound } from "../errors";
import { MASKS } from "../masking";
import { accessOf, declarationProblem, mayCall, SubgraphPolicy, throughServices, WriteDeclaration } from "./policy";
import { isInScope } from "./row-scope";

/** One personal field read, for the audit log (issue #4). */
export interface PersonalRead {
  readonly personId: string | null;
  readonly entityType: string;
  readonly entityId: string;
  readonly field: string;
}

export interface AuditSink {
  record(read: PersonalRead): void;
}

/** What enforcement needs from a subgraph's request context. */
export interface EnforcementContext {
  readonly principal: Principal;
  readonly audit?: AuditSink;
}

/** Federation's own entry points: composition and entity fetches must stay reachable (STACK.md). */
const FEDERATION_FIELDS = new Set(["_service", "_entities"]);

function roleRule(name: string, allowed: (principal: Principal) => boolean) {
  return rule(name, { cache: "contextual" })((_parent: unknown, _args: unknown, context: EnforcementContext) => allowed(context.principal));
}

/**
 * A mutation's rule (issue #7): the role may call it, for its own organisation, on an existing row in
 * its scope — all decided before the resolver runs, so a refused write has written nothing. A
 * mutation whose declaration is missing or unusable is denied (run.ts refuses to start before that).
 */
function mutationRule(name: string, allowed: (principal: Principal) => boolean, declaration: WriteDeclaration | undefined) {
  if (declarationProblem(declaration) !== undefined || declaration === undefined) {
    return deny;
  }
  const { target, actingOrg, through } = declaration;
  // D3: an intake of a sending agency is callable only with that service's token (service-token.ts).
  const permitted = (principal: Principal): boolean => allowed(principal) && (through === undefined || throughServices(through).some((service) => isActingThrough(principal, service)));
  if (target === undefined && actingOrg === undefined) {
    return roleRule(name, permitted);
  }
  return rule(name, { cache: "no_cache" })(async (_parent: unknown, args: unknown, context: EnforcementContext) => {
    if (!permitted(context.principal)) {
      return false;
    }
    if (actingOrg !== undefined && actingOrg(args) !== context.principal.org) {
      return false;
    }
    if (target === undefined || (target.named !== undefined && !target.named(args))) {
      return true;
    }
    try {
      const row = await target.load(args, context);
      if (row === null || row === undefined) {
        return notFound(target.type);
      }
      return isInScope(row);
    } catch (error) {
      // A malformed key is the caller's mistake (BAD_USER_INPUT); shield would turn a throw into FORBIDDEN.
      if (error instanceof GraphQLError) {
        return error;
      }
      throw error;
    }
  });
}

type RuleTree = Record<string, Record<string, ShieldRule> | ShieldRule>;

function buildRuleTree(schema: GraphQLSchema, policy: SubgraphPolicy): RuleTree {
  const tree: RuleTree = { _Service: allow };
  for (const rootType of [schema.getQueryType(), schema.getMutationType()]) {
    if (rootType === null || rootType === undefined) {
      continue;
    }
    const fields: Record<string, ShieldRule> = {};
    for (const fieldName of Object.keys(rootType.getFields())) {
      const operation = `${rootType.name}.${fieldName}`;
      const allowed = (principal: Principal): boolean => mayCall(policy, operation, principal.role);
      if (FEDERATION_FIELDS.has(fieldName)) {
        fields[fieldName] = allow;
      } else if (rootType === schema.getMutationType()) {
        fields[fieldName] = mutationRule(operation, allowed, policy.writes[operation]);
      } else {
        fields[fieldName] = roleRule(operation, allowed);
      }
    }
    tree[rootType.name] = fields;
  }
  return tree;
}

type FieldCheck = (resolve: (...args: unknown[]) => unknown, parent: unknown, args: unknown, context: EnforcementContext, info: GraphQLResolveInfo) => unknown;

/** Per role, once: accessOf for every row of a large answer would repeat the same lookups. */
function grantedFor(policy: SubgraphPolicy, typeName: string, fieldName: string): (role: Role) => boolean {
  const answers = new Map<Role, boolean>();
  return (role) => {
    let answer = answers.get(role);
    if (answer === undefined) {
      answer = accessOf(policy, typeName, fieldName, role) !== "deny";
      answers.set(role, answer);
    }
    return answer;
  };
}

/**
 * The fields of every object type but the roots, in ONE wrapper per field (issue #13: one pass of
 * authorization and masking per field, not a middleware layer each): granted to the role by the
 * policy, and for a row-scoped type on a row in the caller's scope (the key field excepted: an
 * entity reference is no data); a field the policy does not name is denied (fail closed), FORBIDDEN
 * at the field's path, as shield answers the roots. A personal field's value is then recorded for
 * the audit log and masked where the role's access is "mask" (personalRead). These rules depend on
 * the caller and the row only, so they are checked synchronously, not as shield's asynchronous
 * rules: a promise per field made a large answer (issue #10: the statistics' finest grid, ~12,000
 * cells of 10 fields) several times slower; for the same reason a value that is already there is
 * masked without a promise.
 */
function typeFieldChecks(schema: GraphQLSchema, policy: SubgraphPolicy): Record<string, Record<string, FieldCheck>> {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  const tree: Record<string, Record<string, FieldCheck>> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    // _Service: federation's own entry point (its `sdl`), reachable as shield left it.
    if (!isObjectType(type) || isIntrospectionType(type) || roots.has(type.name) || type.name === "_Service") {
      continue;
    }
    const declared = policy.types[type.name];
    const fields: Record<string, FieldCheck> = {};
    for (const fieldName of Object.keys(type.getFields())) {
      const named = declared !== undefined && (declared.open.includes(fieldName) || declared.personal[fieldName] !== undefined);
      const granted = grantedFor(policy, type.name, fieldName);
      const rowScoped = declared?.rowScoped === true && fieldName !== "id";
      const read = declared?.personal[fieldName] === undefined ? undefined : personalRead(policy, type.name, fieldName);
      fields[fieldName] = (resolve, parent, args, context, info) => {
        if (!named || !granted(context.principal.role) || (rowScoped && !isInScope(parent))) {
          return forbidden();
        }
        const value = resolve(parent, args, context, info);
        return read === undefined ? value : isPromiseLike(value) ? Promise.resolve(value).then((resolved) => read(resolved, parent, context)) : read(value, parent, context);
      };
    }
    tree[type.name] = fields;
  }
  return tree;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

function entityIdOf(parent: unknown): string {
  return typeof parent === "object" && parent !== null && "id" in parent ? String(parent.id) : "";
}

/**
 * A personal field's value as the caller may see it: recorded for the audit log (who read which
 * field of whose record), and masked for roles whose access is "mask". Runs after the field was
 * granted (typeFieldChecks), on root queries and on `_entities` alike. Synchronous unless the
 * type's subject must be loaded.
 */
function personalRead(policy: SubgraphPolicy, typeName: string, fieldName: string): (value: unknown, parent: unknown, context: EnforcementContext) => unknown {
  const type = policy.types[typeName];
  const personal = type.personal[fieldName];
  const mask = personal.mask === undefined ? undefined : (MASKS[personal.mask] as (input: unknown) => unknown);
  const recorded = (value: unknown, parent: unknown, context: EnforcementContext, personId: string | null, masked: boolean): unknown => {
    context.audit?.record({ personId, entityType: typeName, entityId: entityIdOf(parent), field: masked ? `${fieldName}:masked` : fieldName });
    if (!masked) {
      return value;
    }
    // A masked field without a masker is a policy error: fail closed.
    return mask === undefined ? null : mask(value);
  };
  return (value, parent, context) => {
    if (value === null || value === undefined) {
      return value;
    }
    const masked = accessOf(policy, typeName, fieldName, context.principal.role) === "mask";
    const personId = type.subjectOf === undefined ? null : type.subjectOf(parent, context);
    return isPromiseLike(personId) ? Promise.resolve(personId).then((id) => recorded(value, parent, context, id, masked)) : recorded(value, parent, context, personId, masked);
  };
}

/**
 * Applies an agency's policy to its subgraph schema (D4): graphql-shield denies every field the
 * policy does not grant (fail closed, FORBIDDEN at the field's path), and personal fields are
 * masked and audited in the same pass. `_service` and `_entities` stay reachable; entity fields fetched through
 * `_entities` pass the same rules because they are the same type fields.
 */
export function enforcePolicy(schema: GraphQLSchema, policy: SubgraphPolicy): GraphQLSchema {
  const permissions = shield(buildRuleTree(schema, policy), {
    fallbackRule: deny,
    fallbackError: forbidden(),
    allowExternalErrors: true,
  });
  // Shield for the roots (operations, writes: the asynchronous rules) and for _Service; the type fields by typeFieldChecks.
  const checks = typeFieldChecks(schema, policy);
  // Personal fields are masked and audited in typeFieldChecks' pass only: one on a type it skips (a root) would go out bare.
  const unguarded = Object.entries(policy.types).filter(([typeName, type]) => Object.keys(type.personal).length > 0 && schema.getType(typeName) !== undefined && checks[typeName] === undefined);
  if (unguarded.length > 0) {
    throw new Error(`Personal fields on types the field pass does not cover: ${unguarded.map(([typeName]) => typeName).join(", ")}`);
  }
  const roots = Object.fromEntries(Object.entries(permissions.generate(schema) as Record<string, unknown>).filter(([typeName]) => checks[typeName] === undefined));
  const rethrow = Object.fromEntries(Object.keys(roots).map((typeName) => [typeName, rethrowReturnedError]));
  return applyMiddleware(
    schema,
    rethrow as Parameters<typeof applyMiddleware>[1],
    roots as Parameters<typeof applyMiddleware>[1],
    checks as Parameters<typeof applyMiddleware>[1],
  );
}

/**
 * Issue #14 (tests/faults/postgres-restarted.test.ts, a bare INTERNAL_SERVER_ERROR at `person.id`):
 * with allowExternalErrors, shield *returns* a resolver's error as the field's value, and graphql-js
 * only takes a returned value for an error when it is `instanceof Error`. pg-pool's ECONNREFUSED is
 * node's own error, of another realm under jest's VM modules: graphql took it for the Person and
 * answered its null `id`. Thrown, it is an error in any realm, and isConnectionLost maps it.
 */
async function rethrowReturnedError(resolve: (...args: unknown[]) => unknown, parent: unknown, args: unknown, context: unknown, info: GraphQLResolveInfo): Promise<unknown> {
  const value = await resolve(parent, args, context, info);
  if (!(value instanceof Error) && types.isNativeError(value)) {
    throw value;
  }
  return value;
}

/** Every field of every object type of the schema that the policy does not mention (must be none). */
export function fieldsWithoutPolicy(schema: GraphQLSchema, policy: SubgraphPolicy): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || type.name === "_Service") {
      continue;
    }
    const root = type === schema.getQueryType() || type === schema.getMutationType();
    for (const fieldName of Object.keys((type as GraphQLObjectType).getFields())) {
      const covered = root
        ? FEDERATION_FIELDS.has(fieldName) || policy.operations[`${type.name}.${fieldName}`] !== undefined
        : policy.types[type.name] !== undefined &&
          (policy.types[type.name].open.includes(fieldName) || policy.types[type.name].personal[fieldName] !== undefined);
      if (!covered) {
        missing.push(`${type.name}.${fieldName}`);
      }
    }
  }
  return missing;
}

/**
 * Every mutation whose write declaration is missing or unusable, and every declaration that names no
 * mutation of the schema (must be none: issue #7, writes fail closed).
 */
export function writeDeclarationProblems(schema: GraphQLSchema, policy: SubgraphPolicy): string[] {
  const mutationType = schema.getMutationType();
  const mutations = mutationType === null || mutationType === undefined ? [] : Object.keys(mutationType.getFields()).map((name) => `Mutation.${name}`);
  const problems: string[] = [];
  for (const mutation of mutations) {
    const problem = declarationProblem(policy.writes[mutation]);
    if (problem !== undefined) {
      problems.push(`${mutation}: ${problem}`);
    }
  }
  for (const declared of Object.keys(policy.writes)) {
    if (!mutations.includes(declared)) {
      problems.push(`${declared}: declared, but the schema has no such mutation`);
    }
  }
  return problems;
}
