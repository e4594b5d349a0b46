import { generateKeyPairSync } from "crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SeededRandom } from "../../scripts/demo-data/random";
import { UNIFIED_PERSON_QUERY } from "../../scripts/operations/unified-view";
import { SUBGRAPHS } from "../../scripts/platform/subgraphs";
import { AUDIT_CHECKPOINT_JOB } from "../../shared/audit/checkpoint-job";
import { CheckpointStore } from "../../shared/audit/checkpoint-store";
import { Role } from "../../shared/auth/roles";
import { setFakeNow, taipeiToday } from "../../shared/clock";
import { createReferredCase, ReferredCase } from "../support/case-fixture";
import { createChildCareCase } from "../support/child-care";
import { setEnv } from "../support/env";
import { PersonalValues, recordingPlatform } from "../support/personal-values";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { writeProgrammeBWork } from "../support/programme-b-statistics";
import { recordTeenParentSurveyFixture } from "../support/teen-parent-survey";

jest.setTimeout(600_000);

/** Programme B's feed files of 2026-12-10 (docs/feeds/*.md), a child in both: the formats the feeds read. */
const NHIA_FILE = [
  "row_id,child_id_number,child_name,sex,birth_date,household_district_code,mother_name,mother_id_number,uninsured_since,nhia_listed_on",
  "NHIA-0001,A123456789,王小明,M,2023-03-15,63000050,王美麗,A223456781,2025-06-01,2026-12-09",
  "NHIA-0002,C233333331,陳小芳,F,2018-05-01,63000080,陳美玉,,2019-01-01,2026-12-09",
].join("\r\n");
const SIX_SYSTEMS_FILE = [
  "row_id,child_id_number,child_name,sex,birth_date,household_district_code,mother_name,mother_id_number,certificate_holder_name,certificate_holder_relation,already_served,listed_on",
  "SIX-0001,A123456789,王小明,M,2023-03-15,63000050,王美麗,A223456781,王美麗,MOTHER,N,2026-12-08",
  "SIX-0002,E155555555,林小安,F,2022-02-02,63000080,林淑芬,E255555557,林大山,FATHER,N,2026-12-08",
].join("\r\n");
const MOI_FILE = [
  "row_id,child_id_number,child_name,sex,birth_date,household_district_code,village,category,registering_office_code,registered_on,moi_listed_on",
  "MOI-0001,F266666660,何小婷,F,2022-10-10,63000070,青山里,2,67000010,2025-01-01,2026-12-09",
  "MOI-0002,C233333331,陳小芳,F,2023-05-01,65000010,中正里,1,65000010,2023-07-01,2026-12-09",
].join("\r\n");

/**
 * Personal data is never logged (DEVELOPERS.md, issues #4 and #14): after a workload through every
 * process — the gateway and every subgraph, police and civil affairs included, programme B's
 * ex-officio records, search requests, follow-ups, NHIA, six-systems and 戶政司 feeds, protection reports
 * and teen-parent surveys, the background jobs, with errors on the way — the captured logs hold
 * none of the personal values the workload wrote or read. The values come from the workload's
 * own requests, answers and files, keyed by the fields the policies call personal.
 */
describe("logs", () => {
  const folder = mkdtempSync(join(tmpdir(), "care-logs-"));
  const logFile = join(folder, "platform.log");
  const values = new PersonalValues();
  let restoreEnv: () => void;
  let platform: TestPlatform;
  let fixture: ReferredCase;

  beforeAll(async () => {
    // 10:00 Taipei on the 10th: both feeds' day (B8).
    setFakeNow(new Date("2026-12-10T02:00:00Z"));
    const feeds = { nhia: join(folder, "nhia"), six: join(folder, "six"), moi: join(folder, "moi") };
    mkdirSync(feeds.nhia);
    mkdirSync(feeds.six);
    mkdirSync(feeds.moi);
    writeFileSync(join(feeds.moi, "moi-whereabouts-unknown-20261210.csv"), `${MOI_FILE}\r\n`, "utf8");
    values.noteCsv(MOI_FILE);
    writeFileSync(join(feeds.nhia, "nhia-uninsured-20261210.csv"), `${NHIA_FILE}\r\n`, "utf8");
    writeFileSync(join(feeds.six, "low-income-disability-20261210.csv"), `${SIX_SYSTEMS_FILE}\r\n`, "utf8");
    values.noteCsv(NHIA_FILE);
    values.noteCsv(SIX_SYSTEMS_FILE);
    restoreEnv = setEnv({
      LOG_FILE: logFile,
      LOG_LEVEL: "debug",
      FEED_NHIA_UNINSURED_DIRECTORY: feeds.nhia,
      FEED_LOW_INCOME_DISABILITY_DIRECTORY: feeds.six,
      FEED_MOI_WHEREABOUTS_UNKNOWN_DIRECTORY: feeds.moi,
      FEED_LOW_INCOME_DISABILITY_SCHEDULE: "days-of-month:10,25",
    });
    const checkpoints = { store: new CheckpointStore(join(folder, "checkpoints")), signer: generateKeyPairSync("ed25519"), intervalMs: 60_000 };
    platform = recordingPlatform(await startTestPlatform({ persons: 30, seed: "logs", checkpoints }), values);
    values.note(platform.data.persons);
    fixture = await createReferredCase(platform, "63000050", "文北里", "logs-case");
  });

  afterAll(async () => {
    await platform.stop();
    restoreEnv();
    setFakeNow(null);
    rmSync(folder, { recursive: true, force: true });
  });

  it("should hold operations, jobs and errors of every process but none of the personal values written or read", async () => {
    const read = await platform.query(UNIFIED_PERSON_QUERY, { variables: { id: fixture.immigrant.id } });
    expect(read.data).toBeDefined();
    // Errors on the way: a wrong check digit quoting a real-looking number, and a forbidden read.
    await platform.query(`mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`, {
      variables: { input: { name: fixture.immigrant.name, sex: "FEMALE", birthDate: "1990-01-01", idNumber: "A123456788" } },
    });
    await platform.query(UNIFIED_PERSON_QUERY, { org: "63000110", variables: { id: fixture.immigrant.id } });

    // Programme B: the feeds (health relays the NHIA's children to social), a teen parent's survey,
    // a child-care case with its search, follow-up and protection report, then a year's work to June.
    await platform.runJob("health", "feed:nhia-uninsured");
    await platform.runJob("health", "outbox-dispatch");
    await platform.runJob("social", "feed:low-income-disability");
    await platform.runJob("household", "feed:moi-whereabouts-unknown");
    await platform.runJob("household", "outbox-dispatch");
    await recordTeenParentSurveyFixture(platform, new SeededRandom("logs"), "63000030", taipeiToday());
    await createChildCareCase(platform, "63000050", "WEST_CARE_POINT", "logs");
    await writeProgrammeBWork(platform);
    await platform.query(`query($id: ID!) { person(id: $id) { name idNumber } }`, { role: Role.AUDITOR, variables: { id: fixture.immigrant.id } });
    for (const { definition } of SUBGRAPHS) {
      await platform.runJob(definition.name, AUDIT_CHECKPOINT_JOB);
    }

    const logs = readFileSync(logFile, "utf8");
    expect(logs).toContain('"msg":"operation"');
    expect(logs).toMatch(/FORBIDDEN/);
    expect(logs).toContain('"msg":"audit checkpoint written"');
    // Every process logged: the gateway and each subgraph (one file, told apart by `service`).
    const services = new Set(logs.split("\n").flatMap((line) => (line === "" ? [] : [(JSON.parse(line) as { service: string }).service])));
    expect([...services].sort()).toEqual(["gateway", ...SUBGRAPHS.map(({ definition }) => `subgraph-${definition.name}`)].sort());

    const secrets = values.values();
    // The workload's own values, not a hand-kept list: its fixtures' names, numbers and notes are among them.
    expect(secrets).toEqual(expect.arrayContaining([fixture.immigrant.name, fixture.immigrant.idNumber, "王小明", "A223456781", "林寶寶", "0955123456", "A123456788"]));
    expect(secrets.length).toBeGreaterThan(200);
    expect(secrets.filter((secret) => logs.includes(secret))).toEqual([]);
  });
});
