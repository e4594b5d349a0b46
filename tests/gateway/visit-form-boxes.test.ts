import { CITY_ORG, Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { createVisitedCase } from "../support/case-fixture";
import { dataOf } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { deliverServiceDirectory, taipeiInput } from "../support/service-directory";

/**
 * Issue #9, C1: 附件4's boxes are read from 民政局's directory, not from an enum. Once the district
 * holds a version, a ticked box that is not on that version's form is refused with nothing written;
 * before any version arrives, the printed form's boxes stand (a district is never left unable to file).
 */
const PUBLISH = `mutation($input: PublishServiceDirectoryInput!) { publishServiceDirectory(input: $input) { versionDate } }`;
const bureau = { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG };

describe("the visit form's boxes from the directory in force (C1)", () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 2, seed: "visit-form-boxes" });
    setFakeNow(new Date("2026-11-03T10:00:00+08:00"));
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should take the printed boxes before the district holds any version", async () => {
    await expect(createVisitedCase(platform, "63000050", "文北里", "boxes-before", { needs: ["EDUCATION_BUREAU"] })).resolves.toMatchObject({ careCaseId: expect.any(String) });
  });

  it("should refuse a box the version in force leaves off the form, and take one it keeps", async () => {
    await deliverServiceDirectory(platform);
    // 民政局 publishes a version whose form has no 教育局 box; its outbox hands it to the district.
    dataOf(await platform.query(PUBLISH, { ...bureau, variables: { input: taipeiInput("2026-11-03", "1999", (code) => code !== "EDUCATION_BUREAU") } }));
    await platform.runJob("civil-affairs", "outbox-dispatch");
    await expect(createVisitedCase(platform, "63000050", "文北里", "boxes-removed", { needs: ["EDUCATION_BUREAU"] })).rejects.toThrow(
      /EDUCATION_BUREAU is not a box of the visit form in force \(directory version 2026-11-03\)/,
    );
    await expect(createVisitedCase(platform, "63000050", "文北里", "boxes-kept", { needs: ["LABOUR_BUREAU"] })).resolves.toMatchObject({ careCaseId: expect.any(String) });
  });
});
