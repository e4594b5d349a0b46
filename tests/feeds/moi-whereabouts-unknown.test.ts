import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { DataSource } from "typeorm";
import { countMoiWhereaboutsKinds, generateMoiWhereaboutsFile } from "../../scripts/feeds/moi-whereabouts-rows";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { runFeed } from "../../shared/feeds";
import type { CsvRow, FeedDefinition } from "../../shared/feeds";
import { moiWhereaboutsUnknownFeed } from "../../subgraphs/household/whereabouts-feed/moi-whereabouts-unknown-feed";
import { crashedOnRow120ThenResumed } from "../support/crashing-feed";
import { setEnv } from "../support/env";
import { dataOf, errorCodes } from "../support/graphql";
import { deliverNhiaList } from "../support/nhia";
import { startTestPlatform, subgraphDataSource, TestPlatform } from "../support/platform";

jest.setTimeout(240_000);

const log = { info: () => undefined, warn: () => undefined };
const MOI_JOB = "feed:moi-whereabouts-unknown";
const ZHONGZHENG = "63000050";
const clerk = { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG };
const westWorker = { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" };
const southWorker = { role: Role.SOCIAL_WORKER, org: "SOUTH_CARE_POINT" };
/** The platform's own ex-officio birth (B2): recorded by 中正's clerk before the list, so the list's line of it is ALREADY_ON_PLATFORM. */
const OWN_CHILD_ID = "A234567893";

const HEADER = "row_id,child_id_number,child_name,sex,birth_date,household_district_code,village,category,registering_office_code,registered_on,moi_listed_on";
/**
 * 戶政司's list of 2026-12-09 (docs/feeds/moi-whereabouts-unknown.md), by hand: 1 a 中正區 birth
 * registered ex officio by 新北市板橋's office, 2 a 文山區 move registered by 臺中's office, 3 the
 * platform's own ex-officio child, 4 a 新北市 child, 5 a child of 9 (household notices, social
 * excludes it: R7), 6 a category that is neither 1 nor 2.
 */
const LINES = [
  "MOI-0001,A223456781,王小琪,F,2025-04-02,63000050,光復里,1,65000010,2025-06-20,2026-12-09",
  "MOI-0002,E155555555,林小安,F,2022-02-02,63000080,萬芳里,2,66000010,2024-08-01,2026-12-09",
  `MOI-0003,${OWN_CHILD_ID},王小美,F,2026-09-20,63000050,東門里,1,63000050,2026-10-02,2026-12-09`,
  "MOI-0004,C233333331,陳小芳,F,2023-05-01,65000010,中正里,1,65000010,2023-07-01,2026-12-09",
  "MOI-0005,B222222228,黃小美,F,2017-01-01,63000040,中山里,2,64000010,2020-03-03,2026-12-09",
  "MOI-0006,F166666668,張小強,M,2023-01-01,63000010,莊敬里,3,65000010,2023-03-01,2026-12-09",
];

const csv = (lines: readonly string[]): string => `${HEADER}\r\n${lines.join("\r\n")}\r\n`;

/** The real feed under another name: its own watermark and row keys, apart from the scheduled runs'. */
const moiUnderTest = (directory: string): FeedDefinition<CsvRow> => ({ ...moiWhereaboutsUnknownFeed(directory), name: "moi-crash-test" });

type RunView = { feed: string; status: string; scheduledFor: string; taken: number; skipped: { reason: string; count: number }[]; rowsDone: number; rowsTotal: number };
const RUN = "feed status scheduledFor taken skipped { reason count } rowsDone rowsTotal";
const CASES = `{ childCareCases { childName categories householdDistrictCode merges { matchedOn } notices { category senderService noticedOn } } }`;
type CaseView = { childName: string; categories: string[]; householdDistrictCode: string; merges: { matchedOn: string }[]; notices: { category: string; senderService: string; noticedOn: string }[] };

describe("戶政司's list of children whose whereabouts are unknown (issue #12, B2, B3, B8): household's feed to social's child-care cases", () => {
  let platform: TestPlatform;
  let household: DataSource;
  let social: DataSource;
  let directory: string;
  let restoreEnv: () => void;
  const count = async (dataSource: DataSource, sql: string): Promise<number> => ((await dataSource.query(sql)) as { count: number }[])[0].count;
  const outboxNotices = (): Promise<number> => count(household, `SELECT count(*)::int AS "count" FROM "household"."outbox" WHERE "kind" = 'child-care-notice'`);
  const cases = async (caller: { role: Role; org: string }): Promise<CaseView[]> => dataOf(await platform.query<{ childCareCases: CaseView[] }>(CASES, caller)).childCareCases;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), "moi-feed-"));
    // R1: the default rhythm (10th, 25th), the directory a setting.
    restoreEnv = setEnv({ FEED_MOI_WHEREABOUTS_UNKNOWN_DIRECTORY: directory });
    platform = await startTestPlatform({ persons: 2 });
    household = subgraphDataSource(platform, "household");
    social = subgraphDataSource(platform, "social");
    // B2: the office's own ex-officio birth of a child whose whereabouts are unknown, on 2026-10-02.
    setFakeNow(new Date("2026-10-02T02:00:00Z"));
    const recorded = await platform.query(`mutation($input: ExOfficioBirthInput!) { recordExOfficioBirth(input: $input) { id } }`, {
      ...clerk,
      variables: {
        input: {
          child: { name: "王小美", sex: "FEMALE", birthDate: "2026-09-20", idNumber: OWN_CHILD_ID },
          motherName: "王美麗",
          registeredOn: "2026-10-02",
          investigation: "醫院通報出生,戶籍地查無其人",
          whereabouts: "UNKNOWN",
          leftCountry: false,
          contacts: [{ name: "王大明", relation: "外祖父", phone: "0912-345-678", address: "臺北市中正區重慶南路一段122號" }],
        },
      },
    });
    expect(recorded.errors).toBeUndefined();
    // Its search and follow-up requests go to the police and the district now (B2), before the list's notices.
    expect(await platform.runJob("household", "outbox-dispatch")).toMatchObject({ delivered: 2 });
    // 10:00 Taipei on the 10th: 戶政司's day (B8).
    setFakeNow(new Date("2026-12-10T02:00:00Z"));
    writeFileSync(join(directory, "moi-whereabouts-unknown-20261210.csv"), csv(LINES), "utf8");
  });

  afterAll(async () => {
    await platform?.stop();
    restoreEnv();
    setFakeNow(null);
    rmSync(directory, { recursive: true, force: true });
  });

  it("should take Taipei's children registered outside the platform into social's cases with their category, the platform's own and other cities' skipped with reasons", async () => {
    expect(await platform.runJob("household", MOI_JOB)).toMatchObject({
      status: "SUCCEEDED",
      taken: 3,
      skipped: { ALREADY_ON_PLATFORM: 1, OUTSIDE_CITY: 1, MALFORMED_CATEGORY: 1 },
      rowsDone: 6,
    });
    const { householdFeedRuns } = dataOf(await platform.query<{ householdFeedRuns: RunView[] }>(`{ householdFeedRuns(feed: "moi-whereabouts-unknown") { ${RUN} } }`, clerk));
    expect(householdFeedRuns).toEqual([
      {
        feed: "moi-whereabouts-unknown",
        status: "SUCCEEDED",
        scheduledFor: "2026-12-10",
        taken: 3,
        skipped: [{ reason: "ALREADY_ON_PLATFORM", count: 1 }, { reason: "MALFORMED_CATEGORY", count: 1 }, { reason: "OUTSIDE_CITY", count: 1 }],
        rowsDone: 6,
        rowsTotal: 6,
      },
    ]);
    // Each skip's reason is recorded against its line's key.
    expect(await household.query(`SELECT "row_key", "taken", "reason" FROM "household"."feed_rows" WHERE "feed" = 'moi-whereabouts-unknown' ORDER BY "row_key"`)).toEqual([
      { row_key: "row:MOI-0001", taken: true, reason: null },
      { row_key: "row:MOI-0002", taken: true, reason: null },
      { row_key: "row:MOI-0003", taken: false, reason: "ALREADY_ON_PLATFORM" },
      { row_key: "row:MOI-0004", taken: false, reason: "OUTSIDE_CITY" },
      { row_key: "row:MOI-0005", taken: true, reason: null },
      { row_key: "row:MOI-0006", taken: false, reason: "MALFORMED_CATEGORY" },
    ]);
    // The list's dates as given; the children skipped are not stored.
    expect(
      await household.query(
        `SELECT "id_number", "village", "category", "registering_office_code", "registered_on"::text AS "registered", "moi_listed_on"::text AS "listed"
           FROM "household"."moi_whereabouts_unknown_children" ORDER BY "id_number"`,
      ),
    ).toEqual([
      { id_number: "A223456781", village: "光復里", category: 1, registering_office_code: "65000010", registered: "2025-06-20", listed: "2026-12-09" },
      { id_number: "B222222228", village: "中山里", category: 2, registering_office_code: "64000010", registered: "2020-03-03", listed: "2026-12-09" },
      { id_number: "E155555555", village: "萬芳里", category: 2, registering_office_code: "66000010", registered: "2024-08-01", listed: "2026-12-09" },
    ]);
    // docs/programme-b.md: the ex-officio record's contract, for the district's household office.
    const [notice] = (await household.query(`SELECT "id"::text AS "id", "payload", "actor" FROM "household"."outbox" WHERE "payload"->'input'->>'idNumber' = 'A223456781'`)) as {
      id: string;
      payload: { input: Record<string, unknown> };
      actor: { role: string; org: string };
    }[];
    expect(notice.actor).toMatchObject({ role: "HOUSEHOLD_CLERK", org: "63000050" });
    expect(notice.payload.input).toEqual({
      clientKey: notice.id,
      category: "EX_OFFICIO_BIRTH",
      personId: null,
      idNumber: "A223456781",
      name: "王小琪",
      birthDate: "2025-04-02",
      sex: "FEMALE",
      householdDistrict: "63000050",
      noticedOn: "2026-12-10",
    });

    // D3: delivered; social screens (R7: the child of 9 excluded) and opens each child's case at the district's care point.
    expect(await platform.runJob("household", "outbox-dispatch")).toMatchObject({ delivered: 3 });
    expect(await cases(westWorker)).toEqual([
      { childName: "王小琪", categories: ["EX_OFFICIO_BIRTH"], householdDistrictCode: "63000050", merges: [], notices: [{ category: "EX_OFFICIO_BIRTH", senderService: "household", noticedOn: "2026-12-10" }] },
    ]);
    expect(await cases(southWorker)).toEqual([
      { childName: "林小安", categories: ["EX_OFFICIO_MOVE"], householdDistrictCode: "63000080", merges: [], notices: [{ category: "EX_OFFICIO_MOVE", senderService: "household", noticedOn: "2026-12-10" }] },
    ]);
    expect(await social.query(`SELECT "category", "exclusion_reason" FROM "social"."child_care_notices" WHERE "id_number" = 'B222222228'`)).toEqual([
      { category: "EX_OFFICIO_MOVE", exclusion_reason: "OVER_AGE" },
    ]);
  });

  it("should show household's feed runs to its clerks only", async () => {
    for (const role of [Role.SOCIAL_WORKER, Role.HEALTH_NURSE, Role.DISTRICT_CASE_OFFICER, Role.CIVIL_AFFAIRS_ANALYST, Role.AUDITOR]) {
      expect(errorCodes(await platform.query(`{ householdFeedRuns { id } }`, { role, org: ZHONGZHENG }))).toEqual(["FORBIDDEN"]);
    }
    expect(errorCodes(await platform.query(`{ householdFeedRuns(first: 0) { id } }`, clerk))).toEqual(["BAD_USER_INPUT"]);
  });

  it("should take nothing new on a re-run, nor from the same file read again from the start", async () => {
    const notices = await outboxNotices();
    // The schedule's pass again on the 10th: the day's run is done.
    expect(await platform.runJob("household", MOI_JOB)).toEqual({ feed: "moi-whereabouts-unknown", status: "ALREADY_RAN", date: "2026-12-10" });
    // A run by hand: the file is behind the watermark, nothing read.
    const options = { schema: "household", pageSize: 2, leaseMs: 600_000, log };
    expect(await runFeed(household, moiWhereaboutsUnknownFeed(directory), options)).toMatchObject({ status: "SUCCEEDED", taken: 0, skipped: {}, rowsDone: 0 });
    // A replica's replay from an empty watermark: every line already taken or skipped.
    await household.query(`UPDATE "household"."feed_watermarks" SET "watermark" = NULL WHERE "feed" = 'moi-whereabouts-unknown'`);
    expect(await runFeed(household, moiWhereaboutsUnknownFeed(directory), options)).toMatchObject({
      status: "SUCCEEDED",
      taken: 0,
      skipped: { ALREADY_TAKEN: 6 },
      rowsDone: 6,
    });
    expect(await outboxNotices()).toBe(notices);
  });

  it("should run on the 10th and 25th only (R1), and notice a child listed again with the same registration once", async () => {
    setFakeNow(new Date("2026-12-11T02:00:00Z"));
    expect(await platform.runJob("household", MOI_JOB)).toEqual({ feed: "moi-whereabouts-unknown", status: "NOT_SCHEDULED", date: "2026-12-11" });
    setFakeNow(new Date("2026-12-25T02:00:00Z"));
    // 王小琪 still not found; a new child listed twice in the same list.
    const lines = [
      "MOI-0101,A223456781,王小琪,F,2025-04-02,63000050,光復里,1,65000010,2025-06-20,2026-12-24",
      "MOI-0102,F266666660,何小婷,F,2022-10-10,63000070,青山里,2,67000010,2025-01-01,2026-12-23",
      "MOI-0103,F266666660,何小婷,F,2022-10-10,63000070,青山里,2,67000010,2025-01-01,2026-12-24",
    ];
    writeFileSync(join(directory, "moi-whereabouts-unknown-20261225.csv"), csv(lines), "utf8");
    const before = await outboxNotices();
    expect(await platform.runJob("household", MOI_JOB)).toMatchObject({ status: "SUCCEEDED", taken: 1, skipped: { ALREADY_NOTICED: 2 }, rowsDone: 3 });
    expect(await outboxNotices()).toBe(before + 1);
  });

  it("should make a child in the list and later in the NHIA's one case with both reasons", async () => {
    expect(await platform.runJob("household", "outbox-dispatch")).toMatchObject({ delivered: 1 });
    // 王小琪, uninsured since birth (B5): health's feed notices social too.
    expect(
      await deliverNhiaList(platform, [{ rowId: "NHIA-0901", idNumber: "A223456781", name: "王小琪", birthDate: "2025-04-02", district: ZHONGZHENG, uninsuredSince: "2025-04-02" }]),
    ).toEqual({ taken: 1, skipped: {} });
    expect(await platform.runJob("health", "outbox-dispatch")).toMatchObject({ delivered: 1 });
    const west = (await cases(westWorker)).map(({ childName, categories, merges }) => ({ childName, categories, merges }));
    expect(west.sort((a, b) => a.childName.localeCompare(b.childName))).toEqual(
      [
        { childName: "何小婷", categories: ["EX_OFFICIO_MOVE"], merges: [] },
        { childName: "王小琪", categories: ["EX_OFFICIO_BIRTH", "UNINSURED"], merges: [{ matchedOn: "ID_NUMBER" }] },
      ].sort((a, b) => a.childName.localeCompare(b.childName)),
    );
    expect(await count(social, `SELECT count(*)::int AS "count" FROM "social"."child_care_cases" WHERE "id_number" = 'A223456781'`)).toBe(1);
  });

  it("should keep the pages written before a crash mid-page, go on from the watermark, and take every row once", async () => {
    const crashDirectory = mkdtempSync(join(tmpdir(), "moi-crash-"));
    try {
      const file = generateMoiWhereaboutsFile({ rows: 240, seed: "moi-crash", deliveredOn: "2026-12-25" });
      const kinds = countMoiWhereaboutsKinds(file.kinds);
      // The generator's own labels (by construction).
      expect(kinds["outside-city"]).toBeGreaterThan(0);
      writeFileSync(join(crashDirectory, "moi-whereabouts-unknown-20261225.csv"), file.text, "utf8");
      const stored = await count(household, `SELECT count(*)::int AS "count" FROM "household"."moi_whereabouts_unknown_children"`);
      const notices = await outboxNotices();
      const { first, second } = await crashedOnRow120ThenResumed(household, "household", moiUnderTest(crashDirectory));

      const noticed = kinds.child + kinds["over-age"];
      expect(first.taken + second.taken).toBe(noticed);
      expect((first.skipped.OUTSIDE_CITY ?? 0) + (second.skipped.OUTSIDE_CITY ?? 0)).toBe(kinds["outside-city"]);
      expect(await count(household, `SELECT count(*)::int AS "count" FROM "household"."feed_rows" WHERE "feed" = 'moi-crash-test'`)).toBe(240);
      // Each child once, and one notice each.
      expect((await count(household, `SELECT count(*)::int AS "count" FROM "household"."moi_whereabouts_unknown_children"`)) - stored).toBe(noticed);
      expect((await outboxNotices()) - notices).toBe(noticed);
    } finally {
      rmSync(crashDirectory, { recursive: true, force: true });
    }
  });
});
