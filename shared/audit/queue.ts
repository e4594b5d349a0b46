import type { DataSource } from "typeorm";
import type { AuditEntryInput } from "./collector";
import { appendAuditBatch, AuditAppend, AuditHeader, normaliseEntry } from "./writer";

interface Pending extends AuditAppend {
  readonly done: (error?: unknown) => void;
}

/**
 * Group commit of the records of use (issue #4): while one append to an agency's chain is being
 * written, the requests that finish meanwhile queue, and the next append writes all of them in
 * one statement. A request still waits until its own records are stored before its data leaves
 * (PDPA: no unrecorded reads), but under load the cost of a write is shared; an idle platform
 * writes at once, without waiting for company.
 */
class AuditQueue {
  private pending: Pending[] = [];
  private flushing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
  ) {}

  append(header: AuditHeader, entries: readonly AuditEntryInput[]): Promise<void> {
    return new Promise((resolve, reject) => {
      try {
        // A malformed entry fails its own request, not the batch it would have joined.
        entries.forEach(normaliseEntry);
      } catch (error) {
        reject(error);
        return;
      }
      this.pending.push({ header, entries, done: (error) => (error === undefined ? resolve() : reject(error)) });
      if (!this.flushing) {
        void this.flush();
      }
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, MAX_REQUESTS_PER_APPEND);
      try {
        await appendAuditBatch(this.dataSource, this.schema, batch);
        batch.forEach((pending) => pending.done());
      } catch (error) {
        batch.forEach((pending) => pending.done(error));
      }
    }
    this.flushing = false;
  }
}

/** Bounds one statement's size; the writer splits larger ones anyway. */
const MAX_REQUESTS_PER_APPEND = 200;

const queues = new WeakMap<DataSource, Map<string, AuditQueue>>();

/** Appends one request's records through its agency's queue; resolves once they are stored. */
export function queueAuditEntries(dataSource: DataSource, schema: string, header: AuditHeader, entries: readonly AuditEntryInput[]): Promise<void> {
  let bySchema = queues.get(dataSource);
  if (bySchema === undefined) {
    bySchema = new Map();
    queues.set(dataSource, bySchema);
  }
  let queue = bySchema.get(schema);
  if (queue === undefined) {
    queue = new AuditQueue(dataSource, schema);
    bySchema.set(schema, queue);
  }
  return queue.append(header, entries);
}
