import { writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { setFakeNow } from "../../shared/clock";
import { dataSnapshot, DataSnapshot } from "../support/data-snapshot";
import { GraphQLResponse } from "../support/graphql";
import { BASELINES } from "../support/hostile/baselines";
import { corpusOf, CorpusEntry } from "../support/hostile/corpus";
import { createHostileFixture, HostileFixture } from "../support/hostile/fixture";
import { MutationInput, mutationInputs } from "../support/hostile/mutation-inputs";
import { changedTables, tablesHolding } from "../support/hostile/stored-verbatim";
import { ForeignIds } from "../support/hostile/value-classes";
import { verdictOf } from "../support/hostile/verdict";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #14, hostile input: every mutation of the committed supergraph, every leaf of its input
 * (input objects and lists walked), every class of hostile value for the leaf's type and meaning
 * (tests/support/hostile/value-classes.ts). Each entry is a valid baseline call
 * (tests/support/hostile/baselines.ts: an allowed caller, a row in scope) with ONE leaf replaced.
 *
 * The rule: an entry is refused with BAD_USER_INPUT, NOT_FOUND, FORBIDDEN or CONFLICT — never
 * INTERNAL_SERVER_ERROR, never a stack trace, the database's words or the value in the message — and
 * writes nothing (the mutation's own database is compared after every entry, every agency's around
 * each mutation's run). Where a value is legitimately acceptable (SQL or script text in a free-text
 * note, a date no rule bounds), it must instead be stored verbatim: some table that changed holds
 * it exactly as sent, and the change stays in the mutation's own database. A value that can never be
 * stored faithfully (a NUL, a lone surrogate, an impossible date) is never acceptable.
 * Each mutation's run ends with the baseline itself, which must then be accepted (so the refusals
 * were about the leaf), and, where it takes a clientKey, with the same key and changed content,
 * which must be a CONFLICT that writes nothing.
 *
 * Today is 2026-12-01 in Taipei (fake clock).
 */
const NOW = new Date("2026-12-01T03:00:00Z");
const TODAY = "2026-12-01";
const TOMORROW = "2026-12-02";

/** Mutations with no baseline yet, each with why; the corpus still proves they exist. Keep it short. */
const NO_BASELINE: Readonly<Record<string, string>> = {};

interface Tally {
  tried: number;
  refused: number;
  storedVerbatim: number;
  writtenWrongly: number;
  madeParent: number;
  byCode: Record<string, number>;
}

describe("hostile input corpus (issue #14)", () => {
  let platform: TestPlatform;
  let fixture: HostileFixture;
  const tally: Tally = { tried: 0, refused: 0, storedVerbatim: 0, writtenWrongly: 0, madeParent: 0, byCode: {} };
  const mutations = mutationInputs();

  beforeAll(async () => {
    setFakeNow(NOW);
    platform = await startTestPlatform({ persons: 6, seed: "hostile-corpus" });
    fixture = await createHostileFixture(platform, TODAY);
  }, 180_000);

  afterAll(async () => {
    setFakeNow(null);
    writeFileSync(join(tmpdir(), `hostile-corpus-${process.env.DATABASE_URL === undefined ? "pglite" : "postgres"}.json`), JSON.stringify(tally, null, 2));
    await platform?.stop();
  });

  it("should have a baseline for every mutation of the supergraph, or a reason why not", () => {
    const names = mutations.map((mutation) => mutation.name).sort();
    const covered = [...Object.keys(BASELINES), ...Object.keys(NO_BASELINE)].sort();
    expect(covered).toEqual(names);
  });

  /** A row id of another agency's database than `subgraph`'s: 社會局's referral, or 人文課's case for social. */
  const foreign: ForeignIds = { otherAgencyId: (subgraph) => (subgraph === "social" ? fixture.referred.careCaseId : fixture.referred.socialReferralId) };

  const send = (mutation: MutationInput, variables: Record<string, unknown>): Promise<GraphQLResponse<unknown>> =>
    platform.query(mutation.document, { ...BASELINES[mutation.name].caller, variables });

  /** One entry: its verdict, and the mutation's own database compared with the last snapshot. */
  async function tryEntry(mutation: MutationInput, entry: CorpusEntry, before: DataSnapshot): Promise<{ after: DataSnapshot; failure?: string }> {
    tally.tried += 1;
    tally.madeParent += Number(entry.madeParent);
    const verdict = verdictOf(await send(mutation, entry.variables), entry.value);
    const after = await dataSnapshot(platform, [mutation.subgraph]);
    const changed = changedTables(before, after);
    const where = `${mutation.name} ${entry.leaf} ${entry.kind}`;
    if (verdict.outcome === "wrong") {
      return { after, failure: `${where}: ${verdict.why}` };
    }
    if (verdict.outcome === "refused") {
      tally.refused += 1;
      for (const code of verdict.codes) {
        tally.byCode[code] = (tally.byCode[code] ?? 0) + 1;
      }
      if (changed.length > 0) {
        tally.writtenWrongly += 1;
        return { after, failure: `${where}: refused but wrote ${changed.join(", ")}` };
      }
      return { after };
    }
    if (!entry.mayBeStored) {
      tally.writtenWrongly += 1;
      return { after, failure: `${where}: accepted a value that cannot be stored faithfully` };
    }
    const holding = entry.value === "" ? changed : await tablesHolding(platform, changed, entry.value, entry.kind.endsWith("date-time"));
    if (changed.length > 0 && holding.length === 0) {
      tally.writtenWrongly += 1;
      return { after, failure: `${where}: accepted, but no changed table (${changed.join(", ")}) holds the value as sent` };
    }
    tally.storedVerbatim += 1;
    return { after };
  }

  // In the baselines' order: a step that ends a row's workflow runs after the steps on that row.
  const byBaseline = Object.keys(BASELINES).flatMap((name) => mutations.filter((mutation) => mutation.name === name));
  it.each(byBaseline.map((mutation) => [mutation.name, mutation] as const))(
    "should refuse every hostile value in %s with a code, or store it verbatim, and write nothing else",
    async (_name, mutation) => {
      const baseline = BASELINES[mutation.name];
      const baselineVariables = baseline.args(fixture, TODAY);
      const everyAgency = await dataSnapshot(platform);
      let before = await dataSnapshot(platform, [mutation.subgraph]);
      const failures: string[] = [];
      let stored = false;
      for (const entry of corpusOf(mutation, baselineVariables, foreign, TOMORROW)) {
        const result = await tryEntry(mutation, entry, before);
        stored ||= changedTables(before, result.after).length > 0;
        before = result.after;
        if (result.failure !== undefined) {
          failures.push(result.failure);
        }
      }
      const others = (snapshot: DataSnapshot) => Object.fromEntries(Object.entries(snapshot).filter(([table]) => !table.startsWith(`${mutation.subgraph}.`)));
      expect(others(await dataSnapshot(platform))).toEqual(others(everyAgency));
      expect(failures).toEqual([]);
      const accepted = await send(mutation, baselineVariables);
      if (!stored || baseline.usedUp === undefined) {
        expect(accepted.errors).toBeUndefined();
      }
    },
    120_000,
  );
});
