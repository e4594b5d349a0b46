import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { DataSource } from "typeorm";
import { countNhiaKinds, generateNhiaFile } from "../../scripts/feeds/nhia-rows";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { runFeed } from "../../shared/feeds";
import type { CsvRow, FeedDefinition } from "../../shared/feeds";
import { nhiaFeed } from "../../subgraphs/health/insurance/nhia-feed";
import { lowIncomeDisabilityFeed } from "../../subgraphs/social/child-care-feeds/low-income-disability-feed";
import { crashedOnRow120ThenResumed, crashTestOptions } from "../support/crashing-feed";
import { setEnv } from "../support/env";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, subgraphDataSource, TestPlatform } from "../support/platform";

jest.setTimeout(240_000);

const log = { info: () => undefined, warn: () => undefined };
const NHIA_JOB = "feed:nhia-uninsured";
const SIX_SYSTEMS_JOB = "feed:low-income-disability";
const nurse = { role: Role.HEALTH_NURSE, org: "63000050" };
const westWorker = { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" };
const southWorker = { role: Role.SOCIAL_WORKER, org: "SOUTH_CARE_POINT" };

/**
 * The NHIA's list of 2026-12-10 (docs/feeds/nhia-uninsured.md), by hand: 1 a child of 中正區
 * uninsured since 2025-06-01, 2 one uninsured less than a year (not category 4), 3 a child of 8
 * (health relays it, social excludes it: R7), 4 a wrong check digit.
 */
const NHIA_HEADER = "row_id,child_id_number,child_name,sex,birth_date,household_district_code,mother_name,mother_id_number,uninsured_since,nhia_listed_on";
const NHIA_LINES = [
  "NHIA-0001,A123456789,王小明,M,2023-03-15,63000050,王美麗,A223456781,2025-06-01,2026-12-09",
  "NHIA-0002,B122222226,李小華,M,2024-05-01,63000030,,,2026-03-01,2026-12-09",
  "NHIA-0003,C233333331,陳小芳,F,2018-05-01,63000080,陳美玉,,2019-01-01,2026-12-09",
  "NHIA-0004,D144444443,吳小青,F,2024-01-01,63000010,,,2024-06-01,2026-12-09",
];

/**
 * The six national systems' file of 2026-12-10 (docs/feeds/low-income-disability.md): 1 the
 * NHIA's child again (one child, one case), 2 a child of 文山區 whose father holds the
 * certificate, 3 a household already served (B6), 4 a child of 9 (R7), 5 a relation not in the list.
 */
const SIX_HEADER = "row_id,child_id_number,child_name,sex,birth_date,household_district_code,mother_name,mother_id_number,certificate_holder_name,certificate_holder_relation,already_served,listed_on";
const SIX_LINES = [
  "SIX-0001,A123456789,王小明,M,2023-03-15,63000050,王美麗,A223456781,王美麗,MOTHER,N,2026-12-08",
  "SIX-0002,E155555555,林小安,F,2022-02-02,63000080,林淑芬,E255555557,林大山,FATHER,N,2026-12-08",
  "SIX-0003,F166666668,張小強,M,2023-01-01,63000010,張美華,,張美華,MOTHER,Y,2026-12-08",
  "SIX-0004,B222222228,黃小美,F,2017-01-01,63000040,,,黃大明,FATHER,N,2026-12-08",
  "SIX-0005,C133333339,趙小龍,M,2024-04-04,63000060,,,趙大龍,COUSIN,N,2026-12-08",
];

const csv = (header: string, lines: readonly string[]): string => `${header}\r\n${lines.join("\r\n")}\r\n`;

/** The real NHIA feed under another name: its own watermark and row keys, apart from the scheduled runs'. */
const nhiaUnderTest = (directory: string): FeedDefinition<CsvRow> => ({ ...nhiaFeed(directory), name: "nhia-crash-test" });

type RunView = { feed: string; status: string; scheduledFor: string; taken: number; skipped: { reason: string; count: number }[]; rowsDone: number; rowsTotal: number };
const RUN = "feed status scheduledFor taken skipped { reason count } rowsDone rowsTotal";

describe("Programme B's feeds (issue #12, B5, B6, B8): the NHIA's uninsured children through health, the six national systems' file in social", () => {
  let platform: TestPlatform;
  let health: DataSource;
  let social: DataSource;
  let nhiaDirectory: string;
  let sixDirectory: string;
  let restoreEnv: () => void;
  const count = async (dataSource: DataSource, sql: string): Promise<number> => ((await dataSource.query(sql)) as { count: number }[])[0].count;
  const outboxNotices = (): Promise<number> => count(health, `SELECT count(*)::int AS "count" FROM "health"."outbox" WHERE "kind" = 'child-care-notice'`);

  beforeAll(async () => {
    // 10:00 Taipei on the 10th: the NHIA's day (B8).
    setFakeNow(new Date("2026-12-10T02:00:00Z"));
    nhiaDirectory = mkdtempSync(join(tmpdir(), "nhia-feed-"));
    sixDirectory = mkdtempSync(join(tmpdir(), "six-systems-feed-"));
    writeFileSync(join(nhiaDirectory, "nhia-uninsured-20261210.csv"), csv(NHIA_HEADER, NHIA_LINES), "utf8");
    writeFileSync(join(sixDirectory, "low-income-disability-20261210.csv"), csv(SIX_HEADER, SIX_LINES), "utf8");
    // R1: the NHIA's default rhythm (10th, 25th); the six systems' monthly default moved to the 10th and 25th by configuration.
    restoreEnv = setEnv({ FEED_NHIA_UNINSURED_DIRECTORY: nhiaDirectory, FEED_LOW_INCOME_DISABILITY_DIRECTORY: sixDirectory, FEED_LOW_INCOME_DISABILITY_SCHEDULE: "days-of-month:10,25" });
    platform = await startTestPlatform({ persons: 2 });
    health = subgraphDataSource(platform, "health");
    social = subgraphDataSource(platform, "social");
  });

  afterAll(async () => {
    await platform?.stop();
    restoreEnv();
    setFakeNow(null);
    rmSync(nhiaDirectory, { recursive: true, force: true });
    rmSync(sixDirectory, { recursive: true, force: true });
  });

  it("should store the NHIA's uninsured children with their start date as given and notice social by health's outbox (B5), the rest skipped with their reasons", async () => {
    expect(await platform.runJob("health", NHIA_JOB)).toMatchObject({ status: "SUCCEEDED", taken: 2, skipped: { NOT_OVER_ONE_YEAR: 1, MALFORMED_ID_NUMBER: 1 }, rowsDone: 4 });
    const { healthFeedRuns } = dataOf(await platform.query<{ healthFeedRuns: RunView[] }>(`{ healthFeedRuns(feed: "nhia-uninsured") { ${RUN} } }`, nurse));
    expect(healthFeedRuns).toEqual([
      {
        feed: "nhia-uninsured",
        status: "SUCCEEDED",
        scheduledFor: "2026-12-10",
        taken: 2,
        skipped: [{ reason: "MALFORMED_ID_NUMBER", count: 1 }, { reason: "NOT_OVER_ONE_YEAR", count: 1 }],
        rowsDone: 4,
        rowsTotal: 4,
      },
    ]);
    expect(await health.query(`SELECT "id_number", "uninsured_since"::text AS "since", "nhia_listed_on"::text AS "listed", "health_centre_code" FROM "health"."uninsured_children" ORDER BY "id_number"`)).toEqual([
      { id_number: "A123456789", since: "2025-06-01", listed: "2026-12-09", health_centre_code: "63000050" },
      { id_number: "C233333331", since: "2019-01-01", listed: "2026-12-09", health_centre_code: "63000080" },
    ]);
    const [notice] = (await health.query(`SELECT "id"::text AS "id", "payload", "actor" FROM "health"."outbox" WHERE "payload"->'input'->>'idNumber' = 'A123456789'`)) as {
      id: string;
      payload: { input: Record<string, unknown> };
      actor: { role: string; org: string };
    }[];
    // docs/programme-b.md: social's receiveChildCareNotice, category 4, for the child's health centre.
    expect(notice.actor).toMatchObject({ role: "HEALTH_NURSE", org: "63000050" });
    expect(notice.payload.input).toEqual({
      clientKey: notice.id,
      category: "UNINSURED",
      idNumber: "A123456789",
      name: "王小明",
      birthDate: "2023-03-15",
      sex: "MALE",
      motherName: "王美麗",
      motherIdNumber: "A223456781",
      householdDistrict: "63000050",
      noticedOn: "2026-12-10",
      uninsuredSince: "2025-06-01",
    });

    // D3: delivered to social, which screens (R7: the child of 8 excluded) and opens the child's case at 中正區's care point.
    expect(await platform.runJob("health", "outbox-dispatch")).toMatchObject({ delivered: 2 });
    const { childCareCases } = dataOf(await platform.query<{ childCareCases: { childName: string; categories: string[] }[] }>(`{ childCareCases { childName categories } }`, westWorker));
    expect(childCareCases).toEqual([{ childName: "王小明", categories: ["UNINSURED"] }]);
    expect(await social.query(`SELECT "sender_service", "exclusion_reason", "details"->>'uninsuredSince' AS "since" FROM "social"."child_care_notices" WHERE "category" = 'UNINSURED' ORDER BY "birth_date"`)).toEqual([
      { sender_service: "health", exclusion_reason: "OVER_AGE", since: "2019-01-01" },
      { sender_service: "health", exclusion_reason: null, since: "2025-06-01" },
    ]);

    // B5 on the case: health's insurance status behind the UNINSURED notice, under health's policy (the holding unit reads the NHIA's dates).
    const STATUS_OF_CASES = `{ childCareCases { notices { category insuranceStatus { id healthCentreCode uninsuredSince nhiaListedOn lastListedOn } } } }`;
    type StatusView = { childCareCases: { notices: { category: string; insuranceStatus: Record<string, string> | null }[] }[] };
    const west = await platform.query<StatusView>(STATUS_OF_CASES, westWorker);
    expect(west.errors).toBeUndefined();
    expect(west.data!.childCareCases[0].notices).toEqual([
      { category: "UNINSURED", insuranceStatus: { id: notice.id, healthCentreCode: "63000050", uninsuredSince: "2025-06-01", nhiaListedOn: "2026-12-09", lastListedOn: "2026-12-09" } },
    ]);
    // Another unit holds no case of the child: nothing of it shows.
    expect(dataOf(await platform.query<StatusView>(STATUS_OF_CASES, southWorker)).childCareCases).toEqual([]);
  });

  it("should take the six systems' file into social's own notices (B6): the household already served and the child over 7 excluded with their reasons, one child one case", async () => {
    expect(await platform.runJob("social", SIX_SYSTEMS_JOB)).toMatchObject({
      status: "SUCCEEDED",
      taken: 2,
      skipped: { ALREADY_SERVED: 1, OVER_AGE: 1, MALFORMED_CERTIFICATE_HOLDER: 1 },
      rowsDone: 5,
    });
    const { socialFeedRuns } = dataOf(await platform.query<{ socialFeedRuns: RunView[] }>(`{ socialFeedRuns(feed: "low-income-disability") { ${RUN} } }`, southWorker));
    expect(socialFeedRuns).toEqual([
      {
        feed: "low-income-disability",
        status: "SUCCEEDED",
        scheduledFor: "2026-12-10",
        taken: 2,
        skipped: [{ reason: "ALREADY_SERVED", count: 1 }, { reason: "MALFORMED_CERTIFICATE_HOLDER", count: 1 }, { reason: "OVER_AGE", count: 1 }],
        rowsDone: 5,
        rowsTotal: 5,
      },
    ]);
    // The NHIA's child and the six systems' are one case, with both reasons (B1's order) and the merge recorded.
    const cases = async (caller: { role: Role; org: string }) =>
      dataOf(await platform.query<{ childCareCases: { childName: string; categories: string[]; merges: { matchedOn: string }[] }[] }>(`{ childCareCases { childName categories merges { matchedOn } } }`, caller))
        .childCareCases;
    expect(await cases(westWorker)).toEqual([{ childName: "王小明", categories: ["UNINSURED", "LOW_INCOME_DISABILITY"], merges: [{ matchedOn: "ID_NUMBER" }] }]);
    expect(await cases(southWorker)).toEqual([{ childName: "林小安", categories: ["LOW_INCOME_DISABILITY"], merges: [] }]);
    // Who holds the certificate and the relation, stored on the notice (B6).
    expect(
      await social.query(
        `SELECT "child_name", "sender_service", "exclusion_reason", "details"->>'certificateHolder' AS "holder", "details"->>'relation' AS "relation", "details"->>'alreadyServed' AS "served"
           FROM "social"."child_care_notices" WHERE "category" = 'LOW_INCOME_DISABILITY' ORDER BY "child_name"`,
      ),
    ).toEqual(
      [
        { child_name: "張小強", sender_service: "six-national-systems", exclusion_reason: "ALREADY_SERVED", holder: "張美華", relation: "MOTHER", served: "true" },
        { child_name: "林小安", sender_service: "six-national-systems", exclusion_reason: null, holder: "林大山", relation: "FATHER", served: "false" },
        { child_name: "王小明", sender_service: "six-national-systems", exclusion_reason: null, holder: "王美麗", relation: "MOTHER", served: "false" },
        { child_name: "黃小美", sender_service: "six-national-systems", exclusion_reason: "OVER_AGE", holder: "黃大明", relation: "FATHER", served: "false" },
      ].sort((a, b) => a.child_name.localeCompare(b.child_name)),
    );
    const { childCareExclusionCounts } = dataOf(await platform.query<{ childCareExclusionCounts: { reason: string; count: number }[] }>(`{ childCareExclusionCounts { reason count } }`, westWorker));
    expect(childCareExclusionCounts).toEqual(expect.arrayContaining([{ reason: "OVER_AGE", count: 2 }, { reason: "ALREADY_SERVED", count: 1 }, { reason: "EMIGRATED", count: 0 }]));

    // The same file read again from an empty watermark (a replica's replay): every row already taken, no second notice.
    const notices = (): Promise<number> => count(social, `SELECT count(*)::int AS "count" FROM "social"."child_care_notices"`);
    const before = await notices();
    await social.query(`UPDATE "social"."feed_watermarks" SET "watermark" = NULL WHERE "feed" = 'low-income-disability'`);
    expect(await runFeed(social, lowIncomeDisabilityFeed(sixDirectory), { schema: "social", pageSize: 2, leaseMs: 600_000, log })).toMatchObject({
      status: "SUCCEEDED",
      taken: 0,
      skipped: { ALREADY_TAKEN: 5 },
      rowsDone: 5,
    });
    expect(await notices()).toBe(before);
  });

  it("should show social's feed runs to social workers only", async () => {
    for (const role of [Role.HEALTH_NURSE, Role.DISTRICT_CASE_OFFICER, Role.CIVIL_AFFAIRS_ANALYST, Role.AUDITOR]) {
      expect(errorCodes(await platform.query(`{ socialFeedRuns { id } }`, { role, org: "63000050" }))).toEqual(["FORBIDDEN"]);
    }
    expect(errorCodes(await platform.query(`{ socialFeedRuns(first: 0) { id } }`, westWorker))).toEqual(["BAD_USER_INPUT"]);
  });

  it("should run on the 10th and 25th only (R1), and notice a child listed again with the same start date once", async () => {
    setFakeNow(new Date("2026-12-11T02:00:00Z"));
    expect(await platform.runJob("health", NHIA_JOB)).toEqual({ feed: "nhia-uninsured", status: "NOT_SCHEDULED", date: "2026-12-11" });
    setFakeNow(new Date("2026-12-25T02:00:00Z"));
    // 王小明 again; a new child listed twice in the same list (the NHIA's two lines of one child).
    const lines = [
      "NHIA-0101,A123456789,王小明,M,2023-03-15,63000050,王美麗,A223456781,2025-06-01,2026-12-24",
      "NHIA-0102,F266666660,何小婷,F,2022-10-10,63000070,,,2025-01-01,2026-12-23",
      "NHIA-0103,F266666660,何小婷,F,2022-10-10,63000070,,,2025-01-01,2026-12-24",
    ];
    writeFileSync(join(nhiaDirectory, "nhia-uninsured-20261225.csv"), csv(NHIA_HEADER, lines), "utf8");
    const before = await outboxNotices();
    // The 10th's file is behind the watermark: only the new delivery is read.
    expect(await platform.runJob("health", NHIA_JOB)).toMatchObject({ status: "SUCCEEDED", taken: 1, skipped: { ALREADY_NOTICED: 2 }, rowsDone: 3 });
    expect(await outboxNotices()).toBe(before + 1);
    expect(
      await health.query(`SELECT "id_number", "last_listed_on"::text AS "last" FROM "health"."uninsured_children" WHERE "id_number" IN ('A123456789', 'F266666660') ORDER BY "id_number"`),
    ).toEqual([
      { id_number: "A123456789", last: "2026-12-24" },
      { id_number: "F266666660", last: "2026-12-24" },
    ]);
    // Social's feed with no new file: nothing read, and said so.
    expect(await platform.runJob("social", SIX_SYSTEMS_JOB)).toMatchObject({ status: "SUCCEEDED", taken: 0, skipped: {}, rowsDone: 0 });
  });

  it("should keep the pages written before a crash mid-page, go on from the watermark, and take every NHIA row once", async () => {
    const directory = mkdtempSync(join(tmpdir(), "nhia-crash-"));
    try {
      const file = generateNhiaFile({ rows: 240, seed: "nhia-crash", deliveredOn: "2026-12-25" });
      const kinds = countNhiaKinds(file.kinds);
      // The generator's own labels (by construction).
      expect(kinds["under-one-year"]).toBeGreaterThan(0);
      writeFileSync(join(directory, "nhia-uninsured-20261225.csv"), file.text, "utf8");
      const statuses = await count(health, `SELECT count(*)::int AS "count" FROM "health"."uninsured_children"`);
      const notices = await outboxNotices();
      const { first, second } = await crashedOnRow120ThenResumed(health, "health", nhiaUnderTest(directory));

      const relayed = kinds.child + kinds["over-age"];
      expect(first.taken + second.taken).toBe(relayed);
      expect((first.skipped.NOT_OVER_ONE_YEAR ?? 0) + (second.skipped.NOT_OVER_ONE_YEAR ?? 0)).toBe(kinds["under-one-year"]);
      expect(await count(health, `SELECT count(*)::int AS "count" FROM "health"."feed_rows" WHERE "feed" = 'nhia-crash-test'`)).toBe(240);
      // Each child once, and one notice each.
      expect((await count(health, `SELECT count(*)::int AS "count" FROM "health"."uninsured_children"`)) - statuses).toBe(relayed);
      expect((await outboxNotices()) - notices).toBe(relayed);

      // The same file again from an empty watermark: every row already taken.
      await health.query(`UPDATE "health"."feed_watermarks" SET "watermark" = NULL WHERE "feed" = 'nhia-crash-test'`);
      expect(await runFeed(health, nhiaUnderTest(directory), crashTestOptions("health"))).toMatchObject({ status: "SUCCEEDED", taken: 0, rowsDone: 240 });
      expect((await outboxNotices()) - notices).toBe(relayed);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
