import { Role } from "../auth/roles";
import { ConfigError } from "../config";
import { SubgraphPolicy, TypePolicy, WriteDeclaration } from "./policy";

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

/**
 * A type two parts of one subgraph both reach (federation stubs such as Person and CareCase, the
 * shared PageInfo, AuditEntry): each part's readers and fields together. A personal field both
 * grant, or two different audit subjects, would make one part loosen the other: refused.
 */
function mergeType(name: string, a: TypePolicy, b: TypePolicy): TypePolicy {
  const clash = Object.keys(b.personal).filter((field) => field in a.personal);
  if (clash.length > 0 || (a.rowScoped !== b.rowScoped) || (a.subjectOf !== undefined && b.subjectOf !== undefined)) {
    throw new ConfigError(`${name}: two parts of the subgraph declare it differently (${clash.join(", ") || "row scope or subject"})`);
  }
  return { readers: union(a.readers, b.readers), rowScoped: a.rowScoped, open: union(a.open, b.open), personal: { ...a.personal, ...b.personal }, subjectOf: a.subjectOf ?? b.subjectOf };
}

function mergeRecords<V>(what: string, a: Readonly<Record<string, V>>, b: Readonly<Record<string, V>>, same: (key: string, x: V, y: V) => V): Record<string, V> {
  const merged: Record<string, V> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    merged[key] = key in a ? same(`${what} ${key}`, a[key], value) : value;
  }
  return merged;
}

const refuse = <V>(key: string): V => {
  throw new ConfigError(`${key} is declared by two parts of the subgraph`);
};

/**
 * D4, issue #9: the policy of a subgraph made of parts (民政局: its cases, the partner agencies'
 * referrals, the service directory), each with its own table. Operations, write declarations and
 * row scopes belong to one part each (declared twice: a ConfigError at start-up); only types both
 * reach are combined.
 */
export function mergePolicies(...parts: readonly SubgraphPolicy[]): SubgraphPolicy {
  return parts.reduce((a, b) => ({
    operations: mergeRecords<readonly Role[]>("operation", a.operations, b.operations, refuse),
    writes: mergeRecords<WriteDeclaration>("write", a.writes, b.writes, refuse),
    types: mergeRecords("type", a.types, b.types, (key, x, y) => mergeType(key, x, y)),
    rowScope: mergeRecords("row scope", a.rowScope, b.rowScope, (key, x, y) =>
      mergeRecords<string>(key, x as Record<string, string>, y as Record<string, string>, refuse) as Partial<Record<Role, string>>,
    ),
  }));
}
