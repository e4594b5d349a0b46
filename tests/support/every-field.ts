import { readFileSync } from "fs";
import { join } from "path";
import { buildSchema, getNamedType, GraphQLField, GraphQLNamedType, GraphQLSchema, isObjectType } from "graphql";

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

function selectionOf(type: GraphQLNamedType, path: readonly string[], depth: number): string {
  if (!isObjectType(type)) {
    return "";
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
  return fields.join(" ");
}

/**
 * Issue #10: literals for required arguments other than `id` (careStatistics' period: seed 001's);
 * issue #9: the service directory's city and an agency code of it.
 */
const SAMPLE_ARGUMENTS: Readonly<Record<string, string>> = { from: '"2015-06-01"', to: '"2018-12-31"', city: '"taipei"', code: '"taipei.social-bureau"' };

function sampleArguments(field: GraphQLField<unknown, unknown>): string {
  const given = field.args.filter((arg) => SAMPLE_ARGUMENTS[arg.name] !== undefined).map((arg) => `${arg.name}: ${SAMPLE_ARGUMENTS[arg.name]}`);
  return given.length === 0 ? "" : `(${given.join(", ")})`;
}

/** Every root query of the API except the audit logs (the auditor's, with its own tests). */
export function everyFieldOperations(depth = 6): EveryFieldOperation[] {
  const query = apiSchema().getQueryType();
  if (query === null || query === undefined) {
    return [];
  }
  return Object.values(query.getFields())
    .filter((field) => !field.name.endsWith("AuditLog"))
    .map((field) => {
      const type = getNamedType(field.type);
      const byId = field.args.some((arg) => arg.name === "id");
      const selection = selectionOf(type, [type.name], depth);
      const call = byId ? `${field.name}(id: $id)` : `${field.name}${sampleArguments(field)}`;
      return { root: field.name, byId, query: byId ? `query($id: ID!) { ${call} { ${selection} } }` : `query { ${call} { ${selection} } }` };
    });
}
