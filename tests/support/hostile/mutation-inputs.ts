import { readFileSync } from "fs";
import { join } from "path";
import { buildSchema, ConstDirectiveNode, Kind, getNamedType, GraphQLInputType, GraphQLNamedType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType } from "graphql";

/**
 * Issue #14: what a caller can put into each mutation, read from the committed supergraph (not
 * from any list kept by hand), so a mutation or input field added later is in the corpus at once.
 */
const SUPERGRAPH = join(__dirname, "..", "..", "..", "supergraph.graphql");

let cached: GraphQLSchema | undefined;

export function supergraphSchema(): GraphQLSchema {
  cached ??= buildSchema(readFileSync(SUPERGRAPH, "utf8"), { assumeValidSDL: true });
  return cached;
}

/** One leaf a caller types: its path in the variables (list items as index 0) and its type. */
export interface InputLeaf {
  /** e.g. ["input", "entries", 0, "village"]. */
  readonly path: readonly (string | number)[];
  readonly name: string;
  readonly type: GraphQLNamedType;
  readonly required: boolean;
  readonly list: boolean;
  /** Enum values, for an enum leaf. */
  readonly enumValues: readonly string[];
}

export interface MutationInput {
  readonly name: string;
  /** The subgraph that resolves it (its @join__field), whose database it writes. */
  readonly subgraph: string;
  /** `mutation($input: X!) { name(input: $input) { __typename } }`, every argument a variable. */
  readonly document: string;
  /** Its arguments and their types, and what it selects of the result: to send several calls in one operation. */
  readonly args: readonly { readonly name: string; readonly type: string }[];
  readonly selection: string;
  readonly leaves: readonly InputLeaf[];
  /** The input objects the leaves sit in, by path: to build a parent the baseline leaves out. */
  readonly objectTypes: ReadonlyMap<string, GraphQLNamedType>;
}

function leavesOf(type: GraphQLInputType, path: readonly (string | number)[], name: string, seen: readonly string[], out: InputLeaf[], objects: Map<string, GraphQLNamedType>): void {
  const required = isNonNullType(type);
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  const list = isListType(unwrapped);
  const named = getNamedType(type);
  const at = list ? [...path, 0] : path;
  if (isInputObjectType(named)) {
    if (seen.includes(named.name)) {
      return;
    }
    objects.set(at.join("."), named);
    for (const field of Object.values(named.getFields())) {
      leavesOf(field.type, [...at, field.name], field.name, [...seen, named.name], out, objects);
    }
    return;
  }
  out.push({ path, name, type: named, required, list, enumValues: isEnumType(named) ? named.getValues().map((value) => value.name) : [] });
}

/** Every mutation of the supergraph with every leaf of its arguments. */
export function mutationInputs(): MutationInput[] {
  const mutation = supergraphSchema().getMutationType();
  if (mutation === null || mutation === undefined) {
    return [];
  }
  return Object.values(mutation.getFields()).map((field) => {
    const leaves: InputLeaf[] = [];
    const objectTypes = new Map<string, GraphQLNamedType>();
    for (const arg of field.args) {
      leavesOf(arg.type, [arg.name], arg.name, [], leaves, objectTypes);
    }
    const declarations = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(", ");
    const passes = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
    const selection = isObjectLike(getNamedType(field.type)) ? " { __typename }" : "";
    const document = `mutation${declarations === "" ? "" : `(${declarations})`} { ${field.name}${passes === "" ? "" : `(${passes})`}${selection} }`;
    const args = field.args.map((arg) => ({ name: arg.name, type: arg.type.toString() }));
    return { name: field.name, subgraph: subgraphOf(field.astNode?.directives ?? []), document, args, selection, leaves, objectTypes };
  });
}

/** `@join__field(graph: CIVIL_AFFAIRS)` → "civil-affairs", the subgraph's name in the platform. */
function subgraphOf(directives: readonly ConstDirectiveNode[]): string {
  const join = directives.find((directive) => directive.name.value === "join__field");
  const graph = join?.arguments?.find((argument) => argument.name.value === "graph")?.value;
  return graph?.kind === Kind.ENUM ? graph.value.toLowerCase().replace(/_/g, "-") : "";
}

function isObjectLike(type: GraphQLNamedType): boolean {
  return "getFields" in type || "getTypes" in type;
}
