import { InputLeaf, MutationInput } from "./mutation-inputs";
import { ForeignIds, hostileValuesOf } from "./value-classes";

/** One call of the corpus: the baseline with one leaf replaced by one hostile value. */
export interface CorpusEntry {
  readonly leaf: string;
  readonly kind: string;
  readonly value: unknown;
  readonly mayBeStored: boolean;
  readonly marker?: string;
  readonly variables: Record<string, unknown>;
  /** The baseline left the leaf's input object out: the corpus made one holding the leaf alone. */
  readonly madeParent: boolean;
}

type Json = Record<string | number, unknown>;

/** `variables` with the value at `path` replaced (a copy); a missing parent object or list is made. */
function withValueAt(variables: Record<string, unknown>, path: readonly (string | number)[], value: unknown): { variables: Record<string, unknown>; madeParent: boolean } {
  const copy = structuredClone(variables) as Json;
  let madeParent = false;
  let node: Json = copy;
  path.slice(0, -1).forEach((step, index) => {
    const next = path[index + 1];
    if (node[step] === undefined || node[step] === null || (Array.isArray(node[step]) && typeof next === "number" && (node[step] as unknown[]).length === 0)) {
      node[step] = typeof next === "number" ? [{}] : {};
      madeParent = true;
    }
    node = node[step] as Json;
  });
  node[path[path.length - 1]] = value;
  return { variables: copy, madeParent };
}

/**
 * A sender's keys (clientKey, a file's rowKey) made new for each entry: otherwise the first accepted
 * entry takes the baseline's key and every later one is a replay of it or a CONFLICT, not judged on
 * its own leaf. The baseline's own key stays for its call at the end (and its duplicate).
 */
const SENDER_KEY = new Set(["clientKey", "rowKey"]);

function withFreshKeys(value: unknown, suffix: string): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => withFreshKeys(item, suffix));
  }
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, SENDER_KEY.has(key) && typeof item === "string" ? `${item}-${suffix}` : withFreshKeys(item, suffix)]));
  }
  return value;
}

/** Sent last in each mutation's run: the classes a free-text field may store, after those it must refuse. */
const storableLast = (a: CorpusEntry, b: CorpusEntry): number => Number(a.mayBeStored) - Number(b.mayBeStored);

/** Every leaf × every hostile class of its type, once. */
export function corpusOf(mutation: MutationInput, baseline: Record<string, unknown>, foreign: ForeignIds, tomorrow: string): CorpusEntry[] {
  return mutation.leaves
    .flatMap((leaf: InputLeaf, leafIndex) =>
      hostileValuesOf(leaf, mutation.subgraph, foreign, tomorrow).map((hostile, valueIndex): CorpusEntry => {
        const keyed = withFreshKeys(baseline, `h${leafIndex}.${valueIndex}`) as Record<string, unknown>;
        const { variables, madeParent } = withValueAt(keyed, leaf.path, leaf.list ? [hostile.value] : hostile.value);
        return { leaf: leaf.path.join("."), kind: hostile.kind, value: hostile.value, mayBeStored: hostile.mayBeStored, marker: hostile.marker, variables, madeParent };
      }),
    )
    .sort(storableLast);
}
