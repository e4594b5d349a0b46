import { randomUUID } from "crypto";
import { Role } from "../../shared/auth/roles";
import { CaseType, NewImmigrantRelation, VisitDecision } from "../../shared/domain/enums";
import { consentAnswers } from "../support/consent-answers";
import { errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { districtOfHousehold, personsOfDistrict } from "../support/scope-oracle";

interface PersonsPage {
  persons: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };
}

const PERSONS = `query Persons($first: Int, $after: String, $filter: PersonFilter) {
  persons(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id } }
  }
}`;

describe("household through the gateway", () => {
  let platform: TestPlatform;

  const ZHONGZHENG = "63000050";
  let visible: Set<string>;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 160, seed: "household-tests" });
    // The default caller is a case officer of 中正區: the lists show that district's persons only.
    visible = personsOfDistrict(platform.data, ZHONGZHENG);
  });

  afterAll(async () => {
    await platform.stop();
  });

  it("should page through every person the caller may see exactly once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: { data?: PersonsPage | null } = await platform.query<PersonsPage>(PERSONS, { variables: { first: 7, after } });
      const page: PersonsPage["persons"] = response.data!.persons;
      expect(page.totalCount).toBe(visible.size);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null && pages < 20);
    expect(visible.size).toBeGreaterThan(7);
    expect(seen).toHaveLength(visible.size);
    expect(new Set(seen)).toEqual(visible);
  });

  it("should fill every page but the last (issue #13: the page's statement reads each person with their registrations)", async () => {
    const sizes: number[] = [];
    let after: string | null = null;
    do {
      const response: { data?: PersonsPage | null } = await platform.query<PersonsPage>(PERSONS, { variables: { first: 3, after } });
      const page: PersonsPage["persons"] = response.data!.persons;
      sizes.push(page.edges.length);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null && sizes.length < 100);
    expect(sizes.slice(0, -1).every((size) => size === 3)).toBe(true);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(visible.size);
  });

  it("should filter by the household address's district and by new-immigrant status, within the caller's scope", async () => {
    const residents = platform.data.persons.filter((person) => visible.has(person.id) && districtOfHousehold(platform.data, person.householdId) === ZHONGZHENG);
    const byDistrict = await platform.query<PersonsPage>(PERSONS, { variables: { first: 200, filter: { district: "zhongzheng" } } });
    expect(byDistrict.data?.persons.totalCount).toBe(residents.length);
    expect(new Set(byDistrict.data?.persons.edges.map((edge) => edge.node.id))).toEqual(new Set(residents.map((person) => person.id)));

    const immigrants = await platform.query<PersonsPage>(PERSONS, { variables: { first: 200, filter: { newImmigrant: true } } });
    expect(immigrants.data?.persons.totalCount).toBe(platform.data.persons.filter((person) => visible.has(person.id) && person.originCountry !== null).length);

    const elsewhere = await platform.query<PersonsPage>(PERSONS, { variables: { first: 200, filter: { district: "shilin" } } });
    const shilinResidentsVisible = platform.data.persons.filter((person) => visible.has(person.id) && districtOfHousehold(platform.data, person.householdId) === "63000110");
    expect(elsewhere.data?.persons.totalCount).toBe(shilinResidentsVisible.length);
  });

  it("should refuse a persons search without a declared purpose (x-purpose)", async () => {
    const response = await platform.query(PERSONS, { variables: { first: 5 }, headers: { "x-purpose": "" } });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
  });

  it.each([
    [{ first: 0 }],
    [{ first: 201 }],
    [{ after: "bm90LW91cnM" }],
    [{ filter: { district: "Tokyo" } }],
  ])("should answer BAD_USER_INPUT to %j", async (variables) => {
    const response = await platform.query<PersonsPage>(PERSONS, { variables });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.data?.persons ?? null).toBeNull();
  });

  it("should say NOT_FOUND for an unknown person and BAD_USER_INPUT for a malformed ID", async () => {
    const query = `query($id: ID!) { person(id: $id) { id } }`;
    expect(errorCodes(await platform.query(query, { variables: { id: randomUUID() } }))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await platform.query(query, { variables: { id: "1; DROP TABLE persons" } }))).toEqual(["BAD_USER_INPUT"]);
  });

  describe("registering", () => {
    const REGISTER_PERSON = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id idDocument isNewImmigrant } }`;
    const RECORD = `mutation($input: RecordRegistrationInput!) {
      recordRegistration(input: $input) { id caseType consentInquiry { decision visitAddressIsHousehold visitAddress { districtCode village } } }
    }`;
    const clerk = { role: Role.HOUSEHOLD_CLERK };

    async function registrationsOf(personId: string): Promise<number> {
      const response = await platform.query<{ person: { registrations: unknown[] } }>(`query($id: ID!) { person(id: $id) { registrations { id } } }`, {
        variables: { id: personId },
      });
      return response.data!.person.registrations.length;
    }

    // Residents of 中正區, whom the 中正 office's clerk and the district's officer both may see.
    const resident = (immigrantWanted: boolean) =>
      platform.data.persons.find(
        (person) => (person.originCountry !== null) === immigrantWanted && districtOfHousehold(platform.data, person.householdId) === ZHONGZHENG,
      )!;
    const immigrant = () => resident(true);
    const taiwanese = () => resident(false);

    it("should reject an identity number with a wrong check digit, without naming it", async () => {
      const response = await platform.query(REGISTER_PERSON, {
        ...clerk,
        variables: { input: { name: "測試者", sex: "FEMALE", birthDate: "1990-01-01", idNumber: "A123456788" } },
      });
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(JSON.stringify(response.errors)).not.toContain("A123456788");
    });

    it("should register a resident-certificate holder once and refuse the same number again", async () => {
      const input = { name: "阮氏梅", sex: "FEMALE", birthDate: "1992-03-04", idNumber: "A900000001", originCountry: "VIETNAM" };
      const checkDigitValid = await platform.query(REGISTER_PERSON, { ...clerk, variables: { input } });
      // A900000001 has a wrong check digit; find the right one the same way a clerk's system would.
      expect(errorCodes(checkDigitValid)).toEqual(["BAD_USER_INPUT"]);
      const valid = { ...input, idNumber: "A900000007" };
      const first = await platform.query<{ registerPerson: { idDocument: string; isNewImmigrant: boolean } }>(REGISTER_PERSON, { ...clerk, variables: { input: valid } });
      expect(first.errors).toBeUndefined();
      expect(first.data?.registerPerson).toEqual(expect.objectContaining({ idDocument: "RESIDENT_CERTIFICATE", isNewImmigrant: true }));
      const again = await platform.query(REGISTER_PERSON, { ...clerk, variables: { input: valid } });
      expect(errorCodes(again)).toEqual(["CONFLICT"]);
    });

    it("should record a declined inquiry (A3) with the household address as visit address", async () => {
      const before = await registrationsOf(immigrant().id);
      const response = await platform.query<{ recordRegistration: { caseType: string; consentInquiry: { decision: string; visitAddressIsHousehold: boolean } } }>(RECORD, {
        ...clerk,
        variables: {
          input: {
            caseType: CaseType.ADOPTION,
            registeredOn: "2026-11-01",
            registrantId: taiwanese().id,
            newImmigrantId: immigrant().id,
            newImmigrantRelation: NewImmigrantRelation.REGISTRANT_SPOUSE,
            consentInquiry: consentAnswers("2026-11-01", { decision: VisitDecision.DECLINED, preferredFrom: null, preferredTo: null, timeSlot: null, immigrantConsents: false }),
          },
        },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.recordRegistration).toEqual(
        expect.objectContaining({ caseType: "ADOPTION", consentInquiry: expect.objectContaining({ decision: "DECLINED", visitAddressIsHousehold: true }) }),
      );
      expect(await registrationsOf(immigrant().id)).toBe(before + 1);
    });

    it("should refuse preferred visit dates outside 3–7 days (A2) and write nothing", async () => {
      const before = await registrationsOf(immigrant().id);
      const response = await platform.query(RECORD, {
        ...clerk,
        variables: {
          input: {
            caseType: CaseType.MARRIAGE,
            registeredOn: "2026-11-01",
            registrantId: taiwanese().id,
            newImmigrantId: immigrant().id,
            newImmigrantRelation: NewImmigrantRelation.REGISTRANT_SPOUSE,
            consentInquiry: consentAnswers("2026-11-01", { preferredFrom: "2026-11-02" }),
          },
        },
      });
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors?.[0].extensions?.field).toBe("consentInquiry.preferredFrom");
      expect(await registrationsOf(immigrant().id)).toBe(before);
    });

    it("should refuse a registration whose 'new immigrant' has no origin country (A1)", async () => {
      const response = await platform.query(RECORD, {
        ...clerk,
        variables: { input: { caseType: CaseType.MARRIAGE, registeredOn: "2026-11-01", registrantId: immigrant().id, newImmigrantId: taiwanese().id } },
      });
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    });
  });
});
