import { dataSnapshot, DataSnapshot } from "../data-snapshot";
import { GraphQLResponse } from "../graphql";
import { TestPlatform } from "../platform";
import { batchDocument, batchVariables, splitBatch } from "./batch";
import { CorpusEntry } from "./corpus";
import { Caller } from "./fixture";
import { MutationInput } from "./mutation-inputs";
import { changedTables, tablesContaining, tablesHolding } from "./stored-verbatim";
import { Verdict, verdictOf } from "./verdict";

/** Issue #14's figures: inputs tried, refused (by code), stored verbatim, written wrongly. */
export interface Tally {
  tried: number;
  refused: number;
  storedVerbatim: number;
  writtenWrongly: number;
  /** Entries whose leaf sat in an input object the baseline left out (the corpus made one). */
  madeParent: number;
  requests: number;
  /** A value that can never be stored, answered without an error but with nothing written (an import's skipped row). */
  skippedInAnswer: number;
  /** Accepted for the other fields of the call, the hostile value itself not kept as sent nor in part. */
  notKept: number;
  /** clientKey intakes sent again with changed content: refused as a CONFLICT, or the first answer replayed. */
  duplicates: { conflict: number; replayed: number };
  byCode: Record<string, number>;
}

export const emptyTally = (): Tally => ({ tried: 0, refused: 0, storedVerbatim: 0, writtenWrongly: 0, madeParent: 0, requests: 0, notKept: 0, skippedInAnswer: 0, duplicates: { conflict: 0, replayed: 0 }, byCode: {} });

/** Calls per operation: under the gateway's alias limit (30) and its 1 MB body with a 100 KB value in each. */
const BATCH = 8;

/** Text a String or ID leaf takes passes the variables' coercion: such calls can share an operation. */
const batchable = (entry: CorpusEntry): boolean => typeof entry.value === "string" && !/[\uD800-\uDFFF]/.test(entry.value) && !entry.madeParent;

/** Refused before anything ran (a variable's type, a gateway rule): no error comes from a resolver. */
const refusedBeforeExecution = (response: GraphQLResponse<unknown>): boolean =>
  (response.errors ?? []).length > 0 && (response.errors ?? []).every((error) => error.path === undefined && error.extensions?.serviceName === undefined);

export class CorpusRun {
  readonly failures: string[] = [];
  /** Whether any hostile value was stored (then the baseline's own row may be taken). */
  stored = false;
  private before: DataSnapshot = {};

  constructor(
    private readonly platform: TestPlatform,
    private readonly mutation: MutationInput,
    private readonly caller: Caller,
    private readonly tally: Tally,
  ) {}

  async run(entries: readonly CorpusEntry[]): Promise<void> {
    this.before = await this.snapshot();
    const singles = entries.filter((entry) => !batchable(entry));
    const batched = entries.filter(batchable);
    for (const entry of singles) {
      await this.single(entry);
    }
    for (let start = 0; start < batched.length; start += BATCH) {
      await this.batch(batched.slice(start, start + BATCH));
    }
  }

  send(variables: Record<string, unknown>): Promise<GraphQLResponse<unknown>> {
    this.tally.requests += 1;
    return this.platform.query(this.mutation.document, { ...this.caller, variables });
  }

  private snapshot(): Promise<DataSnapshot> {
    return dataSnapshot(this.platform, [this.mutation.subgraph]);
  }

  private async single(entry: CorpusEntry): Promise<void> {
    const response = await this.send(entry.variables);
    if (refusedBeforeExecution(response)) {
      await this.judge(entry, verdictOf(response, entry.value), []);
      return;
    }
    const after = await this.snapshot();
    await this.judge(entry, verdictOf(response, entry.value), changedTables(this.before, after));
    this.before = after;
  }

  private async batch(entries: readonly CorpusEntry[]): Promise<void> {
    this.tally.requests += 1;
    const response = await this.platform.query(batchDocument(this.mutation, entries.length), { ...this.caller, variables: batchVariables(entries.map((entry) => entry.variables)) });
    const answers = splitBatch(response, this.mutation, entries.length);
    if (answers === null) {
      // The operation as a whole was refused: each call alone says why.
      for (const entry of entries) {
        await this.single(entry);
      }
      return;
    }
    const after = await this.snapshot();
    const changed = changedTables(this.before, after);
    this.before = after;
    const verdicts = answers.map((answer, index) => verdictOf(answer, entries[index].value));
    const accepted = verdicts.some((verdict) => verdict.outcome === "accepted");
    if (changed.length === 0 || (accepted && verdicts.length === 1)) {
      for (const [index, entry] of entries.entries()) {
        await this.judge(entry, verdicts[index], changed);
      }
      return;
    }
    this.stored ||= accepted;
    // Something was written: an accepted call whose value a changed row holds is judged so; any other call
    // is sent again alone (a later call of the batch may have overwritten the value; a refused one must write nothing).
    for (const [index, entry] of entries.entries()) {
      if (verdicts[index].outcome === "accepted" && (await this.holds(entry, changed)).length > 0) {
        await this.judge(entry, verdicts[index], changed);
      } else {
        await this.single(entry);
      }
    }
  }

  private holds(entry: CorpusEntry, changed: readonly string[]): Promise<string[]> {
    return entry.value === "" ? Promise.resolve([...changed]) : tablesHolding(this.platform, changed, entry.value, entry.kind.endsWith("date-time"));
  }

  /** Counts one entry and records why it fails, if it does. */
  private async judge(entry: CorpusEntry, verdict: Verdict, changed: readonly string[]): Promise<void> {
    this.tally.tried += 1;
    this.tally.madeParent += Number(entry.madeParent);
    const where = `${this.mutation.name} ${entry.leaf} ${entry.kind}`;
    if (verdict.outcome === "wrong") {
      this.failures.push(`${where}: ${verdict.why}`);
      return;
    }
    if (verdict.outcome === "refused") {
      this.tally.refused += 1;
      for (const code of verdict.codes) {
        this.tally.byCode[code] = (this.tally.byCode[code] ?? 0) + 1;
      }
      if (changed.length > 0) {
        this.tally.writtenWrongly += 1;
        this.failures.push(`${where}: refused but wrote ${changed.join(", ")}`);
      }
      return;
    }
    this.stored ||= changed.length > 0;
    if (!entry.mayBeStored && changed.length === 0) {
      // Answered without an error and nothing written: an import's report that skipped the row.
      this.tally.skippedInAnswer += 1;
      return;
    }
    if (!entry.mayBeStored) {
      this.tally.writtenWrongly += 1;
      this.failures.push(`${where}: accepted a value that cannot be stored faithfully`);
      return;
    }
    const holding = await this.holds(entry, changed);
    if (holding.length > 0 || changed.length === 0) {
      this.tally.storedVerbatim += 1;
      return;
    }
    const altered = entry.marker === undefined ? [] : await tablesContaining(this.platform, changed, entry.marker);
    if (altered.length > 0) {
      this.tally.writtenWrongly += 1;
      this.failures.push(`${where}: accepted and stored altered in ${altered.join(", ")}`);
      return;
    }
    // The call was accepted for its other fields; this one is not kept as typed (ignored, or a date a deadline is computed from).
    this.tally.notKept += 1;
  }
}
