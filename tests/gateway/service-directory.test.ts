import type { DataSource } from "typeorm";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { taipeiInput } from "../support/service-directory";

/**
 * Issue #9, C1 through the gateway: 民政局's service directory for Taipei (seed 000) and Keelung
 * (seed 002), read by any role; a new version published by 民政局's officer; and Taipei's visit-form
 * boxes reaching the district's `visitFormBoxes` only once civil-affairs' outbox has delivered them
 * (D3). Expected values are copied from the seeds by hand.
 */
const TUESDAY = new Date("2026-12-01T02:00:00.000Z"); // 10:00 in Taipei
const TODAY = "2026-12-01";

const DIRECTORY = `query($city: String!, $asOf: LocalDate) { serviceDirectory(city: $city, asOf: $asOf) {
  city versionDate printedVersion
  agencies { code name level phone units { name phone count } categories { name } duties { itemNumber text } }
  categories { code name agencies { name } }
  visitFormBoxes { code label order kind agencyCode description printedOnForm }
} }`;
const AGENCY = `query($code: String!) { directoryAgency(code: $code) { code name phone categories { name } duties { categoryCode itemNumber } } }`;
const PUBLISH = `mutation($input: PublishServiceDirectoryInput!) { publishServiceDirectory(input: $input) { city versionDate visitFormBoxes { code order } } }`;
const BOXES = `query($asOf: LocalDate) { visitFormBoxes(asOf: $asOf) { code label order kind agencyCode agencyName phone versionDate } }`;
const RECEIVE = `mutation($input: ServiceDirectoryNotice!) { receiveServiceDirectory(input: $input) { id } }`;

interface Directory {
  serviceDirectory: {
    city: string;
    versionDate: string;
    printedVersion: string | null;
    agencies: { code: string; name: string; level: string; phone: string | null; units: { name: string; phone: string | null; count: number | null }[]; categories: { name: string }[]; duties: { itemNumber: number | null; text: string }[] }[];
    categories: { code: string; name: string; agencies: { name: string }[] }[];
    visitFormBoxes: { code: string; label: string; order: number; kind: string; agencyCode: string | null; description: string; printedOnForm: boolean }[];
  };
}
interface Boxes {
  visitFormBoxes: { code: string; label: string; order: number; kind: string; agencyCode: string | null; agencyName: string | null; phone: string | null; versionDate: string }[];
}

const officer = { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG };
const villageOfficer = { role: Role.VILLAGE_OFFICER, org: "63000050", villages: ["文北里"] };

describe("the service directory (C1)", () => {
  let platform: TestPlatform;
  let civilAffairs: DataSource;

  const versions = async (): Promise<number> => {
    const [row] = (await civilAffairs.query(`SELECT count(*)::int AS "count" FROM "civil_affairs"."directory_versions"`)) as { count: number }[];
    return row.count;
  };

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 2 });
    const subgraph = platform.platform.subgraphs.get("civil-affairs");
    if (subgraph === undefined) {
      throw new Error("No civil-affairs subgraph");
    }
    civilAffairs = subgraph.database.dataSource;
    setFakeNow(TUESDAY);
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should give a village officer Taipei's 附件4 boxes in the form's order, then 勞動局 and 教育局 (A9)", async () => {
    const { serviceDirectory } = dataOf(await platform.query<Directory>(DIRECTORY, { ...villageOfficer, variables: { city: "taipei" } }));

    expect(serviceDirectory.versionDate).toBe("2015-03-10");
    expect(serviceDirectory.visitFormBoxes.map((box) => [box.order, box.label, box.kind, box.agencyCode])).toEqual([
      [1, "社會局", "REFERRAL", "taipei.social-bureau"],
      [2, "衛生局", "REFERRAL", "taipei.health-bureau"],
      [3, "區公所社會課", "INTERNAL", "taipei.district-office"],
      [4, "區公所人文課", "INTERNAL", "taipei.district-office"],
      [5, "民政局", "REFERRAL", "taipei.civil-affairs-bureau"],
      [6, "其他", "OTHER", null],
      [7, "勞動局", "REFERRAL", "taipei.labour-bureau"],
      [8, "教育局", "REFERRAL", "taipei.education-bureau"],
    ]);
    expect(serviceDirectory.visitFormBoxes[4].description).toBe("屬外縣市或需求情形難判斷權責單位");
    const units = serviceDirectory.agencies.flatMap((agency) => agency.units);
    expect(units.find((unit) => unit.name === "新移民婦女暨家庭服務中心")?.phone).toBe("2558-0133");
    expect(units.find((unit) => unit.name === "社區心理衛生中心")?.phone).toBe("3393-6779");
    expect(serviceDirectory.agencies.filter((agency) => agency.level !== "LOCAL").map((agency) => [agency.name, agency.level])).toEqual([
      ["移民署", "CENTRAL"],
      ["陸委會", "CENTRAL"],
      ["海基會", "NGO"],
    ]);
  });

  it("should give the auditor Keelung's directory, version 112.7, many-to-many", async () => {
    const { serviceDirectory } = dataOf(await platform.query<Directory>(DIRECTORY, { role: Role.AUDITOR, org: CITY_ORG, variables: { city: "keelung" } }));

    expect([serviceDirectory.versionDate, serviceDirectory.printedVersion]).toEqual(["2023-07-01", "112.7"]);
    expect(serviceDirectory.agencies).toHaveLength(11);
    expect(serviceDirectory.agencies.reduce((rows, agency) => rows + agency.duties.length, 0)).toBe(53);
    const social = serviceDirectory.agencies.find((agency) => agency.name === "社會處");
    expect(social?.phone).toBe("2432-0495");
    expect(social?.categories.map((category) => category.name)).toEqual(["生活適應輔導", "保障就業權益", "協助子女教養", "人身安全保護", "社會福利"]);
    const safety = serviceDirectory.categories.find((category) => category.name === "人身安全保護");
    expect(safety?.agencies.map((agency) => agency.name)).toEqual(["社會處", "警察局"]);
    expect(serviceDirectory.visitFormBoxes).toEqual([]);
  });

  it("should give one agency by its code", async () => {
    const response = await platform.query<{ directoryAgency: { name: string; phone: string; duties: unknown[] } }>(AGENCY, { ...villageOfficer, variables: { code: "keelung.employment-service-centre" } });

    expect(dataOf(response).directoryAgency).toMatchObject({ name: "勞動部勞動力發展署北基宜花金馬分署基隆就業中心", phone: "2422-5263#3110" });
    expect(dataOf(response).directoryAgency.duties).toHaveLength(2);
  });

  it("should refuse an unknown city, and answer NOT_FOUND before a city's first version or for an unknown agency", async () => {
    const unknown = await platform.query(DIRECTORY, { ...villageOfficer, variables: { city: "tainan" } });
    const early = await platform.query(DIRECTORY, { ...villageOfficer, variables: { city: "keelung", asOf: "2023-06-30" } });
    const agency = await platform.query(AGENCY, { ...villageOfficer, variables: { code: "keelung.no-such-agency" } });

    expect(errorCodes(unknown)).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(early)).toEqual(["NOT_FOUND"]);
    expect(errorCodes(agency)).toEqual(["NOT_FOUND"]);
  });

  it("should let only 民政局's officer publish, and refuse an inconsistent version, writing nothing", async () => {
    const before = await versions();
    const byDistrict = await platform.query(PUBLISH, { role: Role.DISTRICT_CASE_OFFICER, org: "63000050", variables: { input: taipeiInput(TODAY, "1999") } });
    const dutyOfNobody = taipeiInput(TODAY, "1999");
    dutyOfNobody.duties[0].agencyCode = "taipei.no-such-agency";
    const twice = taipeiInput(TODAY, "1999");
    twice.agencies[1].code = twice.agencies[0].code;
    const boxOfNobody = taipeiInput(TODAY, "1999");
    boxOfNobody.visitFormBoxes[0].agencyCode = "keelung.social-affairs-department";

    expect(errorCodes(byDistrict)).toEqual(["FORBIDDEN"]);
    for (const input of [dutyOfNobody, twice, boxOfNobody]) {
      expect(errorCodes(await platform.query(PUBLISH, { ...officer, variables: { input } }))).toEqual(["BAD_USER_INPUT"]);
    }
    expect(await versions()).toBe(before);
  });

  it("should refuse the district's intake to a user's own token, even 民政局's officer's", async () => {
    const response = await platform.query(RECEIVE, { ...officer, variables: { input: { clientKey: "directory-by-hand", city: "taipei", versionDate: TODAY, boxes: [] } } });

    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
  });

  it("should show the district no box until 民政局's outbox delivers the shipped Taipei version", async () => {
    expect(dataOf(await platform.query<Boxes>(BOXES, villageOfficer)).visitFormBoxes).toEqual([]);
    expect(dataOf(await platform.query<Boxes>(BOXES, { ...villageOfficer, variables: { asOf: "2009-12-31" } })).visitFormBoxes).toEqual([]);

    // The migration's two versions: Taipei's is queued for the district, Keelung's has no district here.
    expect(await platform.runJob("civil-affairs", "directory-distribution")).toEqual({ distributed: 2 });
    expect(await platform.runJob("civil-affairs", "directory-distribution")).toEqual({ distributed: 0 });
    expect(await platform.runJob("civil-affairs", "outbox-dispatch")).toEqual({ delivered: 1, retried: 0, parked: 0 });

    const { visitFormBoxes } = dataOf(await platform.query<Boxes>(BOXES, villageOfficer));
    expect(visitFormBoxes.map((box) => box.label)).toEqual(["社會局", "衛生局", "區公所社會課", "區公所人文課", "民政局", "其他", "勞動局", "教育局"]);
    expect(visitFormBoxes[0]).toEqual({ code: "SOCIAL_WELFARE_BUREAU", label: "社會局", order: 1, kind: "REFERRAL", agencyCode: "taipei.social-bureau", agencyName: "社會局", phone: null, versionDate: "2015-03-10" });
    expect(visitFormBoxes[2]).toMatchObject({ kind: "INTERNAL", agencyName: "區公所社會課" });
  });

  it("should publish a new Taipei version that reaches the district's visit form after the outbox pass, and refuse its date twice", async () => {
    const published = await platform.query<{ publishServiceDirectory: { city: string; versionDate: string } }>(PUBLISH, { ...officer, variables: { input: taipeiInput(TODAY, "1999#8975") } });
    expect(dataOf(published).publishServiceDirectory).toMatchObject({ city: "taipei", versionDate: TODAY });

    const again = await platform.query(PUBLISH, { ...officer, variables: { input: taipeiInput(TODAY, "1999#8976") } });
    const earlier = await platform.query(PUBLISH, { ...officer, variables: { input: taipeiInput("2026-11-30", "1999#8976") } });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
    expect(errorCodes(earlier)).toEqual(["BAD_USER_INPUT"]);

    // Queued by the publication itself, not by the distribution job; not shown before delivery (D1, D3).
    expect(await platform.runJob("civil-affairs", "directory-distribution")).toEqual({ distributed: 0 });
    expect(dataOf(await platform.query<Boxes>(BOXES, villageOfficer)).visitFormBoxes[0].phone).toBeNull();
    expect(await platform.runJob("civil-affairs", "outbox-dispatch")).toEqual({ delivered: 1, retried: 0, parked: 0 });

    const now = dataOf(await platform.query<Boxes>(BOXES, villageOfficer)).visitFormBoxes;
    expect(now[0]).toMatchObject({ label: "社會局", phone: "1999#8975", versionDate: TODAY });
    const before = dataOf(await platform.query<Boxes>(BOXES, { ...villageOfficer, variables: { asOf: "2026-11-30" } })).visitFormBoxes;
    expect(before[0]).toMatchObject({ phone: null, versionDate: "2015-03-10" });
    const { serviceDirectory } = dataOf(await platform.query<Directory>(DIRECTORY, { ...villageOfficer, variables: { city: "taipei" } }));
    expect(serviceDirectory.agencies.find((agency) => agency.code === "taipei.social-bureau")?.phone).toBe("1999#8975");
  });

  it("should store a delivery once per key, and refuse the key reused, another city, or a stored date under a new key", async () => {
    const box = { code: "OTHER", label: "其他", order: 1, kind: "OTHER", agencyCode: null, agencyName: null, phone: null, description: "請簡要說明特殊狀況", printedOnForm: true };
    const notice = { clientKey: "directory-by-service-1", city: "taipei", versionDate: "2010-01-01", boxes: [box] };
    const through = { ...officer, through: "civil-affairs" };
    const receive = (input: typeof notice) => platform.query<{ receiveServiceDirectory: { id: string } }>(RECEIVE, { ...through, variables: { input } });

    const first = dataOf(await receive(notice)).receiveServiceDirectory.id;
    const retry = dataOf(await receive(notice)).receiveServiceDirectory.id;
    expect(retry).toBe(first);
    expect(errorCodes(await receive({ ...notice, boxes: [{ ...box, label: "其它" }] }))).toEqual(["CONFLICT"]);
    expect(errorCodes(await receive({ ...notice, clientKey: "directory-by-service-2" }))).toEqual(["CONFLICT"]);
    expect(errorCodes(await receive({ ...notice, clientKey: "directory-by-service-3", city: "keelung" }))).toEqual(["BAD_USER_INPUT"]);
    // An old date: the shipped 2015 version, once delivered, is the one in force from then on.
    expect(dataOf(await platform.query<Boxes>(BOXES, { ...villageOfficer, variables: { asOf: "2010-06-01" } })).visitFormBoxes.map((shown) => shown.label)).toEqual(["其他"]);
  });
});
