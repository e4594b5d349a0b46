import { readFileSync } from "fs";
import { join } from "path";
import { buildSchema, getNamedType, GraphQLField, GraphQLNamedType, GraphQLSchema, isObjectType, Lexer, parse, Source, TokenKind } from "graphql";
import { DEFAULT_QUERY_LIMITS, measureOperations } from "../../gateway/limits";
import { taipeiToday } from "../../shared/clock";

/**
 * Operations that ask for every field of every type the public API has (issue #7's invariant
 * tests), built from the committed supergraph — the schema, not any policy — so a field added to a
 * type is asked for without anyone listing it. Each root query is walked as deep as the gateway's
 * limits allow, never re-entering a type already on the path.
 */
const SUPERGRAPH = join(__dirname, "..", "..", "supergraph.graphql");

let cached: GraphQLSchema | undefined;

function apiSchema(): GraphQLSchema {
  cached ??= buildSchema(readFileSync(SUPERGRAPH, "utf8"), { assumeValidSDL: true });
  return cached;
}

/** Root queries by one `id` (each entity's entry point) and the lists (Relay connections). */
export interface EveryFieldOperation {
  readonly root: string;
  readonly query: string;
  /** Whether the operation takes `$id`. */
  readonly byId: boolean;
}

function selectable(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.every((arg) => arg.type.toString().endsWith("!") === false || arg.defaultValue !== undefined);
}

/** The selections of each field of `type`, walked `depth` deep. */
function fieldSelectionsOf(type: GraphQLNamedType, path: readonly string[], depth: number): string[] {
  if (!isObjectType(type)) {
    return [];
  }
  const fields = Object.values(type.getFields())
    .filter(selectable)
    .flatMap((field) => {
      const named = getNamedType(field.type);
      if (!isObjectType(named)) {
        return [field.name];
      }
      if (path.includes(named.name) || depth <= 1) {
        return [];
      }
      const inner = selectionOf(named, [...path, named.name], depth - 1);
      return inner === "" ? [] : [`${field.name} { ${inner} }`];
    });
  return fields;
}

function selectionOf(type: GraphQLNamedType, path: readonly string[], depth: number): string {
  return fieldSelectionsOf(type, path, depth).join(" ");
}

/** The gateway parses at most 5,000 tokens (gateway/limits.ts): a root's walk is sent in parts below that. */
const TOKEN_BUDGET = 4_500;

function tokensOf(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) {
    count += 1;
  }
  return count;
}

/** And at most this estimated cost (gateway/limits.ts: a list of lists of lists multiplies fast). */
const COST_BUDGET = DEFAULT_QUERY_LIMITS.maxCost * 0.9;

function costOf(text: string): number {
  return Math.max(0, ...[...measureOperations(apiSchema(), parse(text)).values()].map((measure) => measure.cost));
}

function withinLimits(operation: string): boolean {
  return tokensOf(operation) <= TOKEN_BUDGET && costOf(operation) <= COST_BUDGET;
}

/** The root's top-level fields in groups, each operation within the parser's token and cost limits. */
function partsOf(fields: readonly string[], operationOf: (selection: string) => string): string[] {
  const parts: string[][] = [];
  for (const field of fields) {
    const last = parts[parts.length - 1];
    if (last !== undefined && withinLimits(operationOf([...last, field].join(" ")))) {
      last.push(field);
    } else {
      parts.push([field]);
    }
  }
  return parts.map((part) => operationOf(part.join(" ")));
}

/**
 * Issue #10: literals for required arguments other than `id` (careStatistics' period: seed 001's);
 * issue #9: the service directory's city and an agency code of it; issue #11: the day of the
 * handover ledgers, today on the platform's clock (the fixture's case is handed over today).
 */
function sampleArgumentsByName(): Readonly<Record<string, string>> {
  return { from: '"2015-06-01"', to: '"2018-12-31"', city: '"taipei"', code: '"taipei.social-bureau"', date: JSON.stringify(taipeiToday()) };
}

function sampleArguments(field: GraphQLField<unknown, unknown>): string {
  const samples = sampleArgumentsByName();
  const given = field.args.filter((arg) => samples[arg.name] !== undefined).map((arg) => `${arg.name}: ${samples[arg.name]}`);
  return given.length === 0 ? "" : `(${given.join(", ")})`;
}

/** Every root query of the API except the audit logs (the auditor's, with its own tests); a large walk in several operations of the same root. */
export function everyFieldOperations(depth = 6): EveryFieldOperation[] {
  const query = apiSchema().getQueryType();
  if (query === null || query === undefined) {
    return [];
  }
  return Object.values(query.getFields())
    .filter((field) => !field.name.endsWith("AuditLog"))
    .flatMap((field) => {
      const type = getNamedType(field.type);
      const byId = field.args.some((arg) => arg.name === "id");
      const call = byId ? `${field.name}(id: $id)` : `${field.name}${sampleArguments(field)}`;
      // A root of scalars or enums (issue #9: signOffLevels) takes no selection.
      if (!isObjectType(type)) {
        return [{ root: field.name, byId, query: byId ? `query($id: ID!) { ${call} }` : `query { ${call} }` }];
      }
      const operationOf = (selection: string): string => (byId ? `query($id: ID!) { ${call} { ${selection} } }` : `query { ${call} { ${selection} } }`);
      // A root whose single field alone is over the limits (a list root: issue #11's handoverLedgers)
      // is walked one level shallower until it fits; its types are reached deeper from other roots.
      for (let rootDepth = depth; ; rootDepth -= 1) {
        const operations = partsOf(fieldSelectionsOf(type, [type.name], rootDepth), operationOf);
        if (rootDepth === 1 || operations.every(withinLimits)) {
          return operations.map((operation) => ({ root: field.name, byId, query: operation }));
        }
      }
    });
}
