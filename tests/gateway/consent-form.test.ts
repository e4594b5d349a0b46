import { Role } from "../../shared/auth/roles";
import { CaseType, NewImmigrantRelation, VisitDecision } from "../../shared/domain/enums";
import { ConsentFormAsPrinted1766400000000 } from "../../subgraphs/household/migrations/1766400000000-consent-form-as-printed";
import { RecordRegistrationInput } from "../../subgraphs/household/registration/registration.input";
import { recordRegistrations } from "../../subgraphs/household/registration/registration.service";
import { consentAnswers } from "../support/consent-answers";
import { errorCodes, GraphQLResponse } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { districtOfHousehold } from "../support/scope-oracle";

/** Issue #9: 附件1 as seed 000 prints it (DOMAIN.md A1, A2 and their erratum), through the gateway. */
const RECORD = `mutation($input: RecordRegistrationInput!) {
  recordRegistration(input: $input) {
    id newImmigrantRelation welcomeHandbook
    consentInquiry {
      decision residenceCity contactAddress officeRemarks visitAddressIsHousehold
      visitAddress { districtCode number floor floorUnit }
    }
  }
}`;

interface Recorded {
  recordRegistration: {
    id: string;
    newImmigrantRelation: string | null;
    welcomeHandbook: string | null;
    consentInquiry: {
      decision: string;
      residenceCity: string | null;
      contactAddress: string | null;
      officeRemarks: string | null;
      visitAddressIsHousehold: boolean;
      visitAddress: { districtCode: string; number: string; floor: number | null; floorUnit: number | null };
    } | null;
  };
}

const ZHONGZHENG = "63000050";
const DAY = "2026-11-01";
const clerk = { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG };

function inquiry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return consentAnswers(DAY, overrides);
}

describe("附件1 as the seed prints it (issue #9)", () => {
  let platform: TestPlatform;
  let taiwaneseId: string;
  let immigrantId: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 60, seed: "consent-form-tests" });
    const resident = (immigrant: boolean) =>
      platform.data.persons.find((person) => (person.originCountry !== null) === immigrant && districtOfHousehold(platform.data, person.householdId) === ZHONGZHENG)!;
    taiwaneseId = resident(false).id;
    immigrantId = resident(true).id;
  });

  afterAll(async () => {
    await platform.stop();
  });

  function record(input: Record<string, unknown>): Promise<GraphQLResponse<Recorded>> {
    const registration = { caseType: CaseType.MARRIAGE, registeredOn: DAY, registrantId: taiwaneseId, newImmigrantId: immigrantId, ...input };
    return platform.query<Recorded>(RECORD, { ...clerk, variables: { input: registration } });
  }

  async function registrationCount(): Promise<number> {
    const household = platform.platform.subgraphs.get("household")!.database.dataSource;
    const [row] = (await household.query(`SELECT count(*) AS "count" FROM "household"."registrations"`)) as { count: string | number }[];
    return Number(row.count);
  }

  function expectRefused(response: GraphQLResponse<unknown>, field: string): void {
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors?.[0].extensions?.field).toBe(field);
  }

  describe("the decision and the office block (A2)", () => {
    it("should record a phone visit for a family outside Taipei with the contact address, 4.其他 and the handbook", async () => {
      const response = await record({
        newImmigrantRelation: NewImmigrantRelation.REGISTRANT_SPOUSE,
        welcomeHandbook: "CD",
        consentInquiry: inquiry({
          decision: VisitDecision.PHONE_VISIT,
          residenceCity: "台中市",
          contactAddress: "臺中市西屯區台灣大道三段99號之2 12樓之3",
          officeRemarks: "平日晚間聯絡",
        }),
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.recordRegistration).toEqual(
        expect.objectContaining({
          newImmigrantRelation: "REGISTRANT_SPOUSE",
          welcomeHandbook: "CD",
          consentInquiry: expect.objectContaining({
            decision: "PHONE_VISIT",
            // R4: stored as the register writes it (臺).
            residenceCity: "臺中市",
            contactAddress: "臺中市西屯區台灣大道三段99號之2 12樓之3",
            officeRemarks: "平日晚間聯絡",
            visitAddressIsHousehold: true,
          }),
        }),
      );
    });

    it("should offer exactly the three boxes of 附件1: OTHER is not a decision", async () => {
      const before = await registrationCount();
      const response = await record({ newImmigrantRelation: NewImmigrantRelation.REGISTRANT_SPOUSE, consentInquiry: inquiry({ decision: "OTHER" }) });
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(await registrationCount()).toBe(before);
    });

    it("should refuse a home visit for a family outside Taipei (R4), an unknown city, and a Taipei visit address with it", async () => {
      const before = await registrationCount();
      const spouse = { newImmigrantRelation: NewImmigrantRelation.REGISTRANT_SPOUSE };
      expectRefused(await record({ ...spouse, consentInquiry: inquiry({ residenceCity: "新北市" }) }), "consentInquiry.residenceCity");
      expectRefused(await record({ ...spouse, consentInquiry: inquiry({ decision: VisitDecision.PHONE_VISIT, residenceCity: "東京都" }) }), "consentInquiry.residenceCity");
      const withAddress = inquiry({
        decision: VisitDecision.PHONE_VISIT,
        residenceCity: "新北市",
        visitAddress: { districtCode: "zhongzheng", village: "文北里", road: "重慶南路", number: "12" },
      });
      expectRefused(await record({ ...spouse, consentInquiry: withAddress }), "consentInquiry.visitAddress");
      expect(await registrationCount()).toBe(before);
    });
  });

  describe("Taiwanese address numbers (號之, 樓之)", () => {
    const visitAt = (parts: Record<string, unknown>) =>
      record({
        newImmigrantRelation: NewImmigrantRelation.REGISTRANT_SPOUSE,
        consentInquiry: inquiry({ visitAddress: { districtCode: "zhongzheng", village: "文北里", road: "重慶南路", section: 1, ...parts } }),
      });

    it.each([
      ["12號之3", 5, 1, "12之3"],
      ["１２之３號", 5, null, "12之3"],
      ["12-3", null, null, "12之3"],
      ["12號", 4, null, "12"],
    ])("should store 號 %s with floor %p 之 %p as %s", async (number, floor, floorUnit, stored) => {
      const response = await visitAt({ number, floor, floorUnit });
      expect(response.errors).toBeUndefined();
      expect(response.data?.recordRegistration.consentInquiry?.visitAddress).toEqual({ districtCode: ZHONGZHENG, number: stored, floor, floorUnit });
    });

    it.each([
      [{ number: "12之" }, "consentInquiry.visitAddress.number"],
      [{ number: "之3" }, "consentInquiry.visitAddress.number"],
      [{ number: "12號之3號" }, "consentInquiry.visitAddress.number"],
      [{ number: "0" }, "consentInquiry.visitAddress.number"],
      [{ number: "十二號" }, "consentInquiry.visitAddress.number"],
      [{ number: "12", floorUnit: 1 }, "consentInquiry.visitAddress.floorUnit"],
      [{ number: "12", floor: 5, floorUnit: 0 }, "consentInquiry.visitAddress.floorUnit"],
    ])("should refuse %j naming %s", async (parts, field) => {
      const before = await registrationCount();
      expectRefused(await visitAt(parts), field);
      expect(await registrationCount()).toBe(before);
    });
  });

  describe("A1's trigger", () => {
    it("should record a death where the new immigrant is the deceased spouse, without an inquiry", async () => {
      const response = await record({ caseType: CaseType.DEATH, newImmigrantRelation: NewImmigrantRelation.DECEASED_SPOUSE, welcomeHandbook: null });
      expect(response.errors).toBeUndefined();
      expect(response.data?.recordRegistration).toEqual(expect.objectContaining({ newImmigrantRelation: "DECEASED_SPOUSE", welcomeHandbook: null, consentInquiry: null }));
    });

    it("should take an inquiry at a death only when the new immigrant is the surviving spouse", async () => {
      const surviving = await record({ caseType: CaseType.DEATH, newImmigrantRelation: NewImmigrantRelation.SURVIVING_SPOUSE, consentInquiry: inquiry() });
      expect(surviving.errors).toBeUndefined();
      expect(surviving.data?.recordRegistration.consentInquiry?.decision).toBe("HOME_VISIT");
      const before = await registrationCount();
      expectRefused(await record({ caseType: CaseType.DEATH, newImmigrantRelation: NewImmigrantRelation.DECEASED_SPOUSE, consentInquiry: inquiry() }), "consentInquiry");
      expect(await registrationCount()).toBe(before);
    });

    it("should take an inquiry at a birth from a parent, and refuse one for another relative", async () => {
      const parent = await record({ caseType: CaseType.BIRTH, newImmigrantRelation: NewImmigrantRelation.PARENT, welcomeHandbook: "BOOK", consentInquiry: inquiry() });
      expect(parent.errors).toBeUndefined();
      expect(parent.data?.recordRegistration.welcomeHandbook).toBe("BOOK");
      const before = await registrationCount();
      expectRefused(await record({ caseType: CaseType.BIRTH, newImmigrantRelation: NewImmigrantRelation.OTHER_RELATIVE, consentInquiry: inquiry() }), "consentInquiry");
      expect(await registrationCount()).toBe(before);
    });

    it("should imply REGISTRANT when she registers her own move (A13)", async () => {
      const response = await record({ caseType: CaseType.MOVE, registrantId: immigrantId, consentInquiry: inquiry() });
      expect(response.errors).toBeUndefined();
      expect(response.data?.recordRegistration.newImmigrantRelation).toBe("REGISTRANT");
    });

    it.each([
      [{ caseType: CaseType.MARRIAGE }],
      [{ caseType: CaseType.DEATH, registrantId: "IMMIGRANT" }],
      [{ caseType: CaseType.MARRIAGE, newImmigrantRelation: NewImmigrantRelation.PARENT }],
      [{ caseType: CaseType.MARRIAGE, newImmigrantRelation: NewImmigrantRelation.SURVIVING_SPOUSE }],
      [{ caseType: CaseType.MARRIAGE, newImmigrantRelation: NewImmigrantRelation.REGISTRANT }],
      [{ caseType: CaseType.MOVE, registrantId: "IMMIGRANT", newImmigrantRelation: NewImmigrantRelation.REGISTRANT_SPOUSE }],
    ])("should refuse the relation of %j, naming newImmigrantRelation", async (input) => {
      const before = await registrationCount();
      const registrant = "registrantId" in input && input.registrantId === "IMMIGRANT" ? { registrantId: immigrantId } : {};
      expectRefused(await record({ ...input, ...registrant, consentInquiry: inquiry() }), "newImmigrantRelation");
      expect(await registrationCount()).toBe(before);
    });
  });

  it("should refuse to migrate while a consent inquiry has the decision OTHER, changing nothing", async () => {
    const household = platform.platform.subgraphs.get("household")!.database.dataSource;
    const runner = household.createQueryRunner();
    await runner.startTransaction();
    try {
      // As a database from before issue #9: no check constraint yet, one OTHER answer on file.
      await runner.query(`ALTER TABLE "household"."consent_inquiries" DROP CONSTRAINT "consent_inquiries_decision"`);
      await runner.query(`UPDATE "household"."consent_inquiries" SET "decision" = 'OTHER' WHERE "id" = (SELECT "id" FROM "household"."consent_inquiries" LIMIT 1)`);
      await expect(new ConsentFormAsPrinted1766400000000().up(runner)).rejects.toThrow(/1 consent inquiries have the decision OTHER/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    const [left] = (await household.query(`SELECT count(*) AS "count" FROM "household"."consent_inquiries" WHERE "decision" = 'OTHER'`)) as { count: string | number }[];
    expect(Number(left.count)).toBe(0);
  });
  // Issue #10: the batch entry point the mutation goes through (a batch of one) checks every row as
  // the single one (A1–A3) and writes all or none: the row, its 附件1 and (consenting) its A4 deadline.
  it("should record a batch of registrations all or none, each with its inquiry and, when consenting, its hand-over deadline (issue #10, A1–A4)", async () => {
    const household = platform.platform.subgraphs.get("household")!.database.dataSource;
    const row = (decision: VisitDecision, newImmigrantId = immigrantId): RecordRegistrationInput =>
      ({ caseType: CaseType.MARRIAGE, registeredOn: DAY, registrantId: taiwaneseId, newImmigrantId, newImmigrantRelation: NewImmigrantRelation.REGISTRANT_SPOUSE, consentInquiry: inquiry({ decision }) as unknown as RecordRegistrationInput["consentInquiry"] });
    const before = await registrationCount();
    // A1: the third row names a Taiwanese person as the new immigrant: the whole batch is refused, nothing written.
    await expect(recordRegistrations(household, [row(VisitDecision.HOME_VISIT), row(VisitDecision.DECLINED), row(VisitDecision.HOME_VISIT, taiwaneseId)], ZHONGZHENG)).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "newImmigrantId" },
    });
    expect(await registrationCount()).toBe(before);
    const recorded = await recordRegistrations(household, [row(VisitDecision.HOME_VISIT), row(VisitDecision.DECLINED), row(VisitDecision.PHONE_VISIT)], ZHONGZHENG);
    expect(await registrationCount()).toBe(before + 3);
    const inquiries = (await household.query(
      `SELECT "i"."decision", count("d"."id") AS "deadlines" FROM "household"."consent_inquiries" AS "i"
         LEFT JOIN "household"."deadlines" AS "d" ON "d"."subject_id" = "i"."id"::text AND "d"."step" = 'HANDOVER'
        WHERE "i"."registration_id" = ANY($1) GROUP BY "i"."decision" ORDER BY "i"."decision"`,
      [recorded.map((registration) => registration.id)],
    )) as { decision: string; deadlines: string | number }[];
    // A4: only a consenting form is handed over, so only it has the hand-over deadline.
    expect(inquiries.map((each) => [each.decision, Number(each.deadlines)])).toEqual([
      ["DECLINED", 0],
      ["HOME_VISIT", 1],
      ["PHONE_VISIT", 1],
    ]);
  });
});
