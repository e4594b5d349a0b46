import { writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { setFakeNow } from "../../shared/clock";
import { dataSnapshot, DataSnapshot } from "../support/data-snapshot";
import { BASELINES } from "../support/hostile/baselines";
import { corpusOf } from "../support/hostile/corpus";
import { clientKeyed, withChangedContent } from "../support/hostile/duplicate";
import { createHostileFixture, HostileFixture } from "../support/hostile/fixture";
import { mutationInputs } from "../support/hostile/mutation-inputs";
import { CorpusRun, emptyTally } from "../support/hostile/run-corpus";
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
 * stored faithfully (a NUL, a lone surrogate, an impossible date) is never accepted with a write
 * (an import may answer it as a skipped row, writing nothing). A value found in part but not whole
 * (cut, trimmed, re-encoded) is a wrong write. An accepted value found neither whole nor in part is
 * counted "not kept": the call was valid for its other fields and the field is not stored as typed
 * (ignored, or a date a deadline is computed from). Each entry carries its own clientKey / rowKey,
 * so no entry is judged as a replay of an earlier one.
 * Each mutation's run ends with the baseline itself, which must then be accepted (so the refusals
 * were about the leaf), and, where it takes a clientKey, with the same key and changed content,
 * which must write nothing: a CONFLICT, or the first call's answer replayed (D3's idempotent intake).
 *
 * Today is 2026-12-01 in Taipei (fake clock). The figures (tried, refused by code, stored
 * verbatim, written wrongly, requests) are written to $TMPDIR/hostile-corpus-<database>.json.
 */
const NOW = new Date("2026-12-01T03:00:00Z");
const TODAY = "2026-12-01";
const TOMORROW = "2026-12-02";

/** Mutations with no baseline yet, each with why; the corpus still proves they exist. Keep it short. */
const REPLY_TO_A_REQUEST = "a reply names the request the other agency sent by its own key, which only that agency's outbox delivery carries";
const NO_BASELINE: Readonly<Record<string, string>> = {
  receiveServiceDirectory: "a directory version reaches the district only as 民政局's distribution job builds it (tests/support/service-directory.ts)",
  receiveTeenParentSurveys: "household's monthly relay is built by its outbox from a recorded survey",
  receiveReferralClosed: "names the district's referral by the key the district's outbox sent with it",
  receiveExOfficioFollowUpReply: REPLY_TO_A_REQUEST,
  receiveSearchReply: REPLY_TO_A_REQUEST,
  receiveChildCareFollowUpReply: REPLY_TO_A_REQUEST,
  receiveChildNotFound: REPLY_TO_A_REQUEST,
  receiveChildFound: REPLY_TO_A_REQUEST,
  referCase: "filing a record refers every box it ticks (issue #9); referCase is left for a target added after filing",
  receiveProtectionReport: "social's copy of a report the district's outbox relays, keyed by the district's urgent report",
};

/**
 * Run in CI on PostgreSQL, the production database, only: the corpus tests the platform's own
 * validation, which does not depend on the engine (its figures were the same on PGlite), and CI's
 * 30 minutes are better spent on the browser tests, which run on PGlite only.
 */
const describeOnPostgres = process.env.DATABASE_URL === undefined ? describe.skip : describe;

describeOnPostgres("hostile input corpus (issue #14)", () => {
  let platform: TestPlatform;
  let fixture: HostileFixture;
  const tally = emptyTally();
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

  // In the baselines' order: a step that ends a row's workflow runs after the steps on that row.
  const byBaseline = Object.keys(BASELINES).flatMap((name) => mutations.filter((mutation) => mutation.name === name));
  it.each(byBaseline.map((mutation) => [mutation.name, mutation] as const))(
    "should refuse every hostile value in %s with a code, or store it verbatim, and write nothing else",
    async (_name, mutation) => {
      const baseline = BASELINES[mutation.name];
      const variables = await baseline.args(fixture, TODAY, platform);
      const everyAgency = await dataSnapshot(platform);
      const run = new CorpusRun(platform, mutation, baseline.caller, tally);
      await run.run(corpusOf(mutation, variables, foreign, TOMORROW));
      const others = (snapshot: DataSnapshot) => Object.fromEntries(Object.entries(snapshot).filter(([table]) => !table.startsWith(`${mutation.subgraph}.`)));
      expect(others(await dataSnapshot(platform))).toEqual(others(everyAgency));
      expect(run.failures).toEqual([]);
      const accepted = await run.send(variables);
      if (!run.stored || baseline.usedUp === undefined) {
        expect(accepted.errors).toBeUndefined();
      }
      if (accepted.errors === undefined && clientKeyed(variables)) {
        // The same clientKey again with changed content writes nothing: a CONFLICT, or the first call's answer replayed (D3).
        const before = await dataSnapshot(platform, [mutation.subgraph]);
        const verdict = verdictOf(await run.send(withChangedContent(variables)), undefined);
        expect(["accepted", "refused CONFLICT"]).toContain(verdict.outcome === "refused" ? `refused ${verdict.codes.join()}` : verdict.outcome);
        expect(await dataSnapshot(platform, [mutation.subgraph])).toEqual(before);
        tally.duplicates[verdict.outcome === "accepted" ? "replayed" : "conflict"] += 1;
      }
    },
    120_000,
  );
});
