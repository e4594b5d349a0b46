import { DataSource } from "typeorm";
import { AGENCY_DEMO } from "../../scripts/demo-data/agency-demo";
import { generateDemoData } from "../../scripts/demo-data/generate";
import { loadDemoData } from "../../scripts/demo-data/load";
import { DEMO_SUBJECT, DEMO_VILLAGES, RecentWork } from "../../scripts/demo-data/recent-work";
import { personCount, truncateDemoTables } from "../../scripts/demo-data/reset";
import { DemoData } from "../../scripts/demo-data/rows";
import { runPlatform, RunningPlatform } from "../../scripts/platform/run-platform";
import { seedIfEmpty } from "../../scripts/platform/seed-if-empty";
import { SUBGRAPHS } from "../../scripts/platform/subgraphs";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { openSubgraphDatabase } from "../../shared/db/datasource";
import { createTestDatabase, TestDatabase } from "../support/database";
import { postGraphQL } from "../support/graphql";
import { tokenFor } from "../support/tokens";

async function countOf(dataSource: DataSource, sql: string): Promise<number> {
  const [{ count }] = (await dataSource.query(sql)) as { count: number }[];
  return count;
}

/**
 * Issue #7: the demo loader and reset walk the agency registry; each agency's rows go through its
 * own DataSource (D1), and a reset empties the demo tables but not the audit log or migrations.
 */
describe("demo data load and reset", () => {
  let database: TestDatabase;
  const dataSources = new Map<string, DataSource>();
  let data: DemoData;

  beforeAll(async () => {
    database = await createTestDatabase();
    for (const { definition } of SUBGRAPHS) {
      dataSources.set(definition.name, (await openSubgraphDatabase(database.engine, definition.database)).dataSource);
    }
    data = generateDemoData({ persons: 12, seed: "registry" });
  });

  afterAll(async () => {
    for (const dataSource of dataSources.values()) {
      await dataSource.destroy();
    }
    await database.drop();
  });

  function household(): DataSource {
    const dataSource = dataSources.get("household");
    if (dataSource === undefined) {
      throw new Error("the household subgraph was not opened");
    }
    return dataSource;
  }

  it("should map every demo table to an entity of its own agency's database", () => {
    for (const [name, tables] of Object.entries(AGENCY_DEMO)) {
      for (const { entity } of tables) {
        expect([name, dataSources.get(name)?.hasMetadata(entity)]).toEqual([name, true]);
      }
    }
  });

  it("should load every agency's rows, empty them on reset, and load again", async () => {
    await loadDemoData(dataSources, data);
    expect(await personCount(household())).toBe(data.persons.length);
    expect(await countOf(household(), `SELECT count(*)::int AS count FROM "household"."persons"`)).toBe(data.persons.length);
    expect(await countOf(household(), `SELECT count(*)::int AS count FROM "district"."care_cases"`)).toBe(data.careCases.length);
    expect(data.careCases.length).toBeGreaterThan(0);

    await truncateDemoTables(dataSources);
    for (const [name, tables] of Object.entries(AGENCY_DEMO)) {
      const dataSource = dataSources.get(name);
      for (const { entity } of tables) {
        expect([name, String(entity), await dataSource?.getRepository(entity).count()]).toEqual([name, String(entity), 0]);
      }
    }
    expect(await countOf(household(), `SELECT count(*)::int AS count FROM "household"."migrations"`)).toBeGreaterThan(0);

    await loadDemoData(dataSources, data);
    expect(await personCount(household())).toBe(data.persons.length);
  });

  it("should refuse to load without every registry agency's database", async () => {
    const partial = new Map([...dataSources].filter(([name]) => name !== "health"));
    await expect(loadDemoData(partial, data)).rejects.toThrow(/No database for subgraph health/);
  });
});

/**
 * Issue #8: the first start's demo replays the last two weeks' work through the gateway, relative
 * to the platform's clock on the office calendar, so that the clerk has forms to hand over (A4)
 * and 人文課, the 里幹事 and 民政局 each find work in `districtInbox` — due, due soon and overdue.
 */
describe("the demo's recent work in every inbox", () => {
  // A Wednesday morning (a working day, the day before too): yesterday's ledger is due at noon today (A4), so DUE_SOON.
  const SEEDED_AT = new Date("2026-11-25T09:00:00+08:00");
  const ZHONGZHENG = "63000050";
  const SHILIN = "63000110";
  const INBOX = `{ districtInbox(first: 100) { items { kind step state careCase { id visitDistrictCode } } counts { state count } } }`;
  // 民政局 oversees steps, not the cases' details (its CareCase fields are the policy's).
  const CITY_INBOX = `{ districtInbox(first: 100) { items { kind step state careCase { id } } counts { state count } } }`;
  interface Inbox {
    districtInbox: { items: { kind: string; step: string | null; state: string; careCase: { id: string; visitDistrictCode: string } | null }[]; counts: { state: string; count: number }[] };
  }
  let database: TestDatabase;
  let platform: RunningPlatform;
  let recentWork: RecentWork | null;

  beforeAll(async () => {
    database = await createTestDatabase();
    platform = await runPlatform({ engine: database.engine, gatewayPort: 0, subgraphPort: () => 0, jobs: "manual" });
    setFakeNow(SEEDED_AT);
    recentWork = (await seedIfEmpty(platform, 900, "demo-inbox")).recentWork;
    // The seed gives the clock back to the system; the reads happen at the seeding instant.
    setFakeNow(SEEDED_AT);
  }, 180_000);

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
    await database.drop();
  });

  async function inboxOf(token: string, query = INBOX): Promise<Inbox["districtInbox"]> {
    const response = await postGraphQL<Inbox>(platform.gateway.url, query, { token, headers: { "x-purpose": "test" } });
    expect(response.errors).toBeUndefined();
    const inbox = response.data?.districtInbox;
    if (inbox === undefined) {
      throw new Error("no inbox");
    }
    return inbox;
  }

  const statesOf = (inbox: Inbox["districtInbox"]): string[] => inbox.counts.filter((count) => count.count > 0).map((count) => count.state);

  it("should replay eleven cases in each of the 12 districts, in a ledger a day and office", () => {
    expect(recentWork?.cases).toBe(132);
    // Nine of the eleven stages are handed over, each on a day of its own.
    expect(recentWork?.ledgers).toBe(108);
  });

  it("should leave each office's clerk consenting forms still to hand over, due or overdue (A4)", async () => {
    expect(recentWork?.toHandOver).toHaveLength(24);
    for (const { office, consentInquiryId } of (recentWork?.toHandOver ?? []).filter((item) => item.office === ZHONGZHENG)) {
      const response = await postGraphQL<{ consentInquiry: { handoverLedger: unknown; deadlines: { step: string; state: string }[] } }>(
        platform.gateway.url,
        `query($id: ID!) { consentInquiry(id: $id) { handoverLedger { id } deadlines { step state } } }`,
        { token: await tokenFor(Role.HOUSEHOLD_CLERK, office, DEMO_SUBJECT(Role.HOUSEHOLD_CLERK)), variables: { id: consentInquiryId } },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.consentInquiry.handoverLedger).toBeNull();
      expect(response.data?.consentInquiry.deadlines.map((deadline) => deadline.step)).toEqual(["HANDOVER"]);
    }
  });

  it("should give 人文課 of a district work due, due soon, overdue and to assign, of its own district only", async () => {
    const inbox = await inboxOf(await tokenFor(Role.DISTRICT_CASE_OFFICER, SHILIN, DEMO_SUBJECT(Role.DISTRICT_CASE_OFFICER)));
    expect(statesOf(inbox)).toEqual(["DUE", "DUE_SOON", "OVERDUE", "OPEN"]);
    // Yesterday's ledger, due at noon today; the one never acknowledged; a case to assign.
    expect(inbox.items).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "ACKNOWLEDGEMENT_DUE", state: "DUE_SOON" })]));
    expect(inbox.items).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "ACKNOWLEDGEMENT_DUE", state: "OVERDUE" })]));
    expect(inbox.items).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "ASSIGN_VILLAGE_OFFICER", state: "OPEN" })]));
    expect(new Set(inbox.items.map((item) => item.careCase?.visitDistrictCode))).toEqual(new Set([SHILIN]));
  });

  it("should give the README's 里幹事 token the visits and records of their villages, due and overdue", async () => {
    const inbox = await inboxOf(await tokenFor(Role.VILLAGE_OFFICER, ZHONGZHENG, DEMO_SUBJECT(Role.VILLAGE_OFFICER), DEMO_VILLAGES(ZHONGZHENG)));
    // Every case of their villages until visited (A2), the records of their visits (A6); the one visit to make is theirs.
    expect(inbox.items.map((item) => `${item.kind} ${item.state}`).sort()).toEqual([
      ...Array<string>(4).fill("HOME_VISIT_DUE DUE"),
      "HOME_VISIT_DUE OVERDUE",
      "VISIT_RECORD_DUE DUE",
      "VISIT_RECORD_DUE OVERDUE",
    ]);
  });

  // Issue #9: one case a district referred to 民政局 (interpreting), 勞動局 (jobs) and 教育局 (schooling), delivered and not yet handled.
  it("should give 民政局's officer and each partner agency's officer the referrals to them, received, one from each district", async () => {
    type ReceivingInbox = { items: { kind: string; state: string; referral: { status: string; needs?: string[] } }[] };
    const inboxOf = async (field: string, token: string, needs: boolean): Promise<ReceivingInbox> => {
      const response = await postGraphQL<Record<string, ReceivingInbox>>(
        platform.gateway.url,
        `{ ${field}(first: 100) { items { kind state referral { status ${needs ? "needs" : ""} } } } }`,
        { token, headers: { "x-purpose": "test" } },
      );
      expect(response.errors).toBeUndefined();
      return response.data?.[field] ?? { items: [] };
    };
    const bureau = await inboxOf("civilAffairsInbox", await tokenFor(Role.CIVIL_AFFAIRS_OFFICER), false);
    expect(bureau.items.map((item) => item.referral.status)).toEqual(Array<string>(12).fill("RECEIVED"));
    for (const [agency, need] of [
      ["taipei.labour-bureau", "JOBS"],
      ["taipei.education-bureau", "SCHOOLING"],
    ] as const) {
      const partner = await inboxOf("partnerInbox", await tokenFor(Role.PARTNER_AGENCY_OFFICER, agency, DEMO_SUBJECT(Role.PARTNER_AGENCY_OFFICER)), true);
      expect(partner.items.map((item) => `${item.referral.status} ${item.referral.needs?.join(",") ?? ""}`)).toEqual(Array<string>(12).fill(`RECEIVED ${need}`));
    }
  });

  it("should give 民政局's case officer the overdue steps of every district", async () => {
    const inbox = await inboxOf(await tokenFor(Role.CIVIL_AFFAIRS_OFFICER), CITY_INBOX);
    expect(statesOf(inbox)).toEqual(["OVERDUE"]);
    // Per district: the ledger never acknowledged (A4), the visit never made (A2), the record not filed (A6).
    expect(inbox.counts.find((count) => count.state === "OVERDUE")?.count).toBe(3 * 12);
  });
});
