import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { UNIFIED_PERSON_QUERY } from "../../scripts/operations/unified-view";
import { createReferredCase, ReferredCase } from "../support/case-fixture";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Personal data is never logged (DEVELOPERS.md, issue #4): after a run that wrote and read known
 * names, ID numbers and phones — with errors on the way — the captured logs contain none of them.
 */
describe("logs", () => {
  const folder = mkdtempSync(join(tmpdir(), "care-logs-"));
  const logFile = join(folder, "platform.log");
  let platform: TestPlatform;
  let fixture: ReferredCase;

  beforeAll(async () => {
    process.env.LOG_FILE = logFile;
    process.env.LOG_LEVEL = "debug";
    platform = await startTestPlatform({ persons: 30, seed: "logs" });
    fixture = await createReferredCase(platform, "63000050", "文北里", "logs-case");
  });

  afterAll(async () => {
    await platform.stop();
    delete process.env.LOG_FILE;
    delete process.env.LOG_LEVEL;
    rmSync(folder, { recursive: true, force: true });
  });

  it("should hold operations and errors but no name, ID number, phone or address", async () => {
    const read = await platform.query(UNIFIED_PERSON_QUERY, { variables: { id: fixture.immigrant.id } });
    expect(read.data).toBeDefined();
    // Errors on the way: a wrong check digit quoting a real-looking number, and a forbidden read.
    await platform.query(`mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`, {
      variables: { input: { name: fixture.immigrant.name, sex: "FEMALE", birthDate: "1990-01-01", idNumber: "A123456788" } },
    });
    await platform.query(UNIFIED_PERSON_QUERY, { org: "63000110", variables: { id: fixture.immigrant.id } });

    const logs = readFileSync(logFile, "utf8");
    expect(logs).toContain('"msg":"operation"');
    expect(logs).toMatch(/FORBIDDEN/);
    const secrets = [
      fixture.immigrant.name,
      fixture.immigrant.idNumber,
      fixture.immigrant.mobilePhone,
      fixture.spouse.name,
      fixture.spouse.idNumber,
      fixture.visitRecord.visitedPersonAddress,
      fixture.visitRecord.handling,
      "A123456788",
      "0933-111-222",
      "family@example.tw",
      ...platform.data.persons.map((person) => person.idNumber),
    ];
    expect(secrets.filter((secret) => logs.includes(secret))).toEqual([]);
  });
});
