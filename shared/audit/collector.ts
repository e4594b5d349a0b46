/** One personal field a resolver handed out: what the collector is told, once per field and object. */
export interface FieldRead {
  /** The person the value is about; null when the object is not about one person (e.g. a household). */
  readonly personId: string | null;
  /** The GraphQL type the field belongs to (`Person`, `CareCase`, …). */
  readonly entityType: string;
  readonly entityId: string;
  readonly field: string;
}

/** One audit row to be: every field read of one object (of one person) in one request. */
export interface AuditEntryInput {
  readonly personId: string | null;
  readonly entityType: string;
  readonly entityId: string;
  /** Sorted and distinct. */
  readonly fields: readonly string[];
}

/**
 * Collects the personal fields one request reads (issue #4), so the audit is written once per
 * request rather than once per field: a list of 200 persons must not cost 200 × fields inserts.
 * Create one per request (in the context), next to the loaders.
 */
export class AuditCollector {
  /**
   * By object (`Type:id`: a GraphQL type name has no colon, so the first one ends it), then by
   * person. Issue #13: every personal field of every answer passes here; a JSON key per field read
   * was a measurable share of a subgraph's own code.
   */
  private readonly groups = new Map<string, Map<string | null, { personId: string | null; entityType: string; entityId: string; fields: Set<string> }>>();

  record(read: FieldRead): void {
    const objectKey = `${read.entityType}:${read.entityId}`;
    let byPerson = this.groups.get(objectKey);
    if (byPerson === undefined) {
      byPerson = new Map();
      this.groups.set(objectKey, byPerson);
    }
    const group = byPerson.get(read.personId);
    if (group === undefined) {
      byPerson.set(read.personId, { personId: read.personId, entityType: read.entityType, entityId: read.entityId, fields: new Set([read.field]) });
    } else {
      group.fields.add(read.field);
    }
  }

  isEmpty(): boolean {
    return this.groups.size === 0;
  }

  /**
   * One entry per (person, type, id), in a stable order: resolvers finish in whatever order their
   * I/O completes, and the audit rows of the same request should not depend on that.
   */
  entries(): AuditEntryInput[] {
    return [...this.groups.values()]
      .flatMap((byPerson) => [...byPerson.values()])
      .map((group) => ({ personId: group.personId, entityType: group.entityType, entityId: group.entityId, fields: [...group.fields].sort() }))
      .sort((a, b) => compare(a.entityType, b.entityType) || compare(a.entityId, b.entityId) || compare(a.personId ?? "", b.personId ?? ""));
  }
}

function compare(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
