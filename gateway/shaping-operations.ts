import * as federation from "@apollo/federation-internals";
// The module that defines the function: the package's index re-exports it through a getter that
// reads this module's export on every call, so @apollo/gateway's calls see what is set here.
import * as operations from "@apollo/federation-internals/dist/operations";
import type { DefinitionNode, DocumentNode, OperationDefinitionNode } from "graphql";

/**
 * Issue #13: @apollo/gateway 2.14's executeQueryPlan turns the request's document into
 * federation-internals' typed Operation on EVERY request (`operationFromDocument(apiSchema,
 * {definitions: [operation, ...fragments]}, {validate: false})`), only to shape the answer
 * (computeResponse) — the plan itself is cached. That walk of the whole selection against the
 * schema cost ~10 % of the gateway's CPU for one person's unified view (BENCHMARKS.md).
 *
 * Apollo Server keeps each parsed document (its document store, keyed by the query's hash; the
 * gateway runs trusted documents), so a repeated query arrives with the same definition nodes.
 * An Operation depends only on those nodes and the schema — variables are applied later, by
 * computeResponse and the plan's conditions — and nothing mutates it, so the one built for the
 * same nodes and the same schema object is reused. Keyed weakly by the operation's node: a
 * document the store evicts takes its Operation with it; a new supergraph is a new schema object.
 *
 * Only the executor's call shape is kept ({validate: false}, no operation name): the planner's
 * own call (once per plan, validated) goes through untouched.
 */
interface Kept {
  readonly schema: Schema;
  readonly definitions: readonly DefinitionNode[];
  readonly operation: Operation;
}

type OperationFromDocument = typeof operations.operationFromDocument;
type Operation = federation.Operation;
type Schema = federation.Schema;

const kept = new WeakMap<OperationDefinitionNode, Kept>();
const counts = { built: 0, reused: 0 };
let original: OperationFromDocument | undefined;

function sameDefinitions(left: readonly DefinitionNode[], right: readonly DefinitionNode[]): boolean {
  return left.length === right.length && left.every((definition, index) => definition === right[index]);
}

function isExecutorCall(options: Parameters<OperationFromDocument>[2]): boolean {
  return options?.validate === false && options.operationName === undefined;
}

function keptOperationFromDocument(this: unknown, schema: Schema, document: DocumentNode, options?: Parameters<OperationFromDocument>[2]): Operation {
  const build = original as OperationFromDocument;
  const first = document.definitions[0];
  if (!isExecutorCall(options) || first?.kind !== "OperationDefinition") {
    return build(schema, document, options);
  }
  const hit = kept.get(first);
  if (hit !== undefined && hit.schema === schema && sameDefinitions(hit.definitions, document.definitions)) {
    counts.reused += 1;
    return hit.operation;
  }
  const operation = build(schema, document, options);
  counts.built += 1;
  kept.set(first, { schema, definitions: [...document.definitions], operation });
  return operation;
}

/**
 * Puts the reuse in place (idempotent). Returns false when this version of federation-internals
 * does not let it (the answers are then the same, only slower): the gateway says so at start.
 */
export function keepShapingOperations(): boolean {
  if (original === undefined) {
    original = operations.operationFromDocument;
    try {
      (operations as { operationFromDocument: OperationFromDocument }).operationFromDocument = keptOperationFromDocument as OperationFromDocument;
    } catch {
      return false;
    }
  }
  // The index, as @apollo/gateway reads it: does it now answer with the reuse?
  return federation.operationFromDocument === keptOperationFromDocument;
}

/** How many Operations were built for shaping and how many reused, since the process started (tests/gateway/shaping-operations). */
export function shapingOperationCounts(): { readonly built: number; readonly reused: number } {
  return { ...counts };
}
