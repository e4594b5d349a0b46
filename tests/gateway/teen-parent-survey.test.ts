import { generateNationalId, generateResidentCertificateNumber } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { TAIPEI_DISTRICTS } from "../../shared/domain/districts";
import { Sex } from "../../shared/domain/enums";
import { villagesOf } from "../../shared/domain/villages";
import { TEEN_PARENT_RELAY_JOB } from "../../subgraphs/household/survey/relay.config";
import { dataOf, errorCodes, GraphQLResponse } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #12, B7 and R7 through the gateway: at a birth registration where a parent is under 20 on
 * the registration date the office records the needs survey 附表4 (seed 004), voluntary; the
 * surveys of a month go to 民政局 on the relay day (R1: configuration, default the 1st) through
 * household's outbox, and 民政局 queues one child-care notice per baby to social (TEEN_PARENT).
 * The clock is fake (November and December 2026).
 */
describe("the teen parent's needs survey 附表4 (B7, R7)", () => {
  let platform: TestPlatform;
  const rng = new SeededRandom("teen-parent-survey");
  const DAY = "2026-11-10";
  const DATE_DAY = "2026-11-10T10:00:00+08:00";
  let office = "";
  let otherOffice = "";
  const clerk = () => ({ role: Role.HOUSEHOLD_CLERK, org: office });
  /** Filled surveys recorded so far (what the relay must send, once each) and how many babies each has. */
  const filled: { id: string; babies: number }[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "teen-parent-survey" });
    setFakeNow(new Date(DATE_DAY));
    [office, otherOffice] = [TAIPEI_DISTRICTS[3].code, TAIPEI_DISTRICTS[4].code];
  }, 240_000);

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  function must<Data>(response: GraphQLResponse<Data>): Data {
    return dataOf(response);
  }

  /** The clerk registers a household, a mother (a new immigrant, so the registration is on record, A1) and her baby's birth on DAY. */
  async function birthRegistration(motherBirthDate: string): Promise<string> {
    const prefix = TAIPEI_DISTRICTS.find((district) => district.code === office)?.householdNumberPrefix ?? "";
    const { registerHousehold } = must(
      await platform.query<{ registerHousehold: { id: string } }>(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`, {
        ...clerk(),
        variables: {
          input: {
            householdNumber: `${prefix}${String(rng.int(0, 9_999_999)).padStart(7, "0")}`,
            address: { districtCode: office, village: villagesOf(office)[0], neighbourhood: 3, road: "測試路", number: "5" },
          },
        },
      }),
    );
    const { registerPerson } = must(
      await platform.query<{ registerPerson: { id: string } }>(`mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`, {
        ...clerk(),
        variables: {
          input: {
            name: "阮小姐",
            idNumber: generateResidentCertificateNumber(rng, Sex.FEMALE),
            sex: "FEMALE",
            birthDate: motherBirthDate,
            originCountry: "VIETNAM",
            householdId: registerHousehold.id,
          },
        },
      }),
    );
    const { recordRegistration } = must(
      await platform.query<{ recordRegistration: { id: string } }>(`mutation($input: RecordRegistrationInput!) { recordRegistration(input: $input) { id } }`, {
        ...clerk(),
        variables: { input: { caseType: "BIRTH", registeredOn: DAY, registrantId: registerPerson.id, newImmigrantId: registerPerson.id, newImmigrantRelation: "PARENT" } },
      }),
    );
    return recordRegistration.id;
  }

  async function due(registrationId: string, as: { role: Role; org: string } = clerk()) {
    return platform.query<{ registration: { teenParentSurveyDue: boolean } }>(`query($id: ID!) { registration(id: $id) { teenParentSurveyDue } }`, {
      ...as,
      variables: { id: registrationId },
    });
  }

  const babyId = generateNationalId(rng, Sex.MALE);
  const fatherId = generateNationalId(rng, Sex.MALE, "B");

  /** Every field of 附表4 as a family fills it. */
  function answers(registrationId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      registrationId,
      declined: false,
      babies: [
        { name: "王小寶", idNumber: babyId, birthDate: "2026-11-02" },
        { name: "王二寶", birthDate: "2026-11-02" },
      ],
      // 20 on the registration date: the mother (19) makes it due.
      father: { name: "王大明", idNumber: fatherId, birthDate: "2006-05-01", phone: "0912345678" },
      mother: { name: "阮小姐", birthDate: "2007-03-04", phone: "0987-654-321" },
      carer: { name: "王阿嬤", birthDate: "1970-01-01", phone: "02-2345-6789", relationship: "祖母" },
      householdAddress: { city: "台北市", district: "中正區", road: "重慶南路", section: "1", lane: "10", alley: "2", number: "12號之3" },
      residenceSameAsHousehold: true,
      lineId: "wang.family",
      needs: ["OTHER", "ECONOMIC_MATERIAL"],
      needOther: "托育資訊",
      servicesReceived: ["SOCIAL_WELFARE_CENTRE", "OTHER"],
      serviceOther: "早療中心",
      clerkName: "陳戶政",
      clerkPhone: "02-2341-5678",
      referredOn: DAY,
      ...overrides,
    };
  }

  const RECORD = `mutation($input: RecordTeenParentSurveyInput!) { recordTeenParentSurvey(input: $input) { id } }`;
  const READ = `query($id: ID!) { teenParentSurvey(id: $id) {
    id officeCode declined referredOn clerkName clerkPhone relayedAt
    babies { name idNumber birthDate phone }
    father { name idNumber birthDate phone } mother { name idNumber birthDate phone }
    carer { name idNumber birthDate phone relationship }
    householdAddress { city district road section lane alley number }
    residenceSameAsHousehold residenceAddress { city }
    facebook lineId otherContact needs needOther servicesReceived serviceOther
    registration { id }
  } }`;

  const record = (input: Record<string, unknown>, as: { role: Role; org: string } = clerk()) =>
    platform.query<{ recordTeenParentSurvey: { id: string } }>(RECORD, { ...as, variables: { input } });

  async function surveyRows(): Promise<number> {
    const rows = (await platform.platform.subgraphs.get("household")?.database.dataSource.query(`SELECT count(*)::int AS "count" FROM "household"."teen_parent_surveys"`)) as { count: number }[];
    return rows[0].count;
  }

  it("should make the survey due for a mother aged 19 on the registration date and keep every field of 附表4", async () => {
    const registrationId = await birthRegistration("2007-03-04");
    expect(dataOf(await due(registrationId)).registration.teenParentSurveyDue).toBe(true);
    const { id } = must(await record(answers(registrationId))).recordTeenParentSurvey;
    filled.push({ id, babies: 2 });
    const survey = must(await platform.query<{ teenParentSurvey: unknown }>(READ, { ...clerk(), variables: { id } })).teenParentSurvey;
    expect(survey).toEqual({
      id,
      officeCode: office,
      declined: false,
      referredOn: DAY,
      clerkName: "陳戶政",
      clerkPhone: "02-2341-5678",
      relayedAt: null,
      babies: [
        { name: "王小寶", idNumber: babyId, birthDate: "2026-11-02", phone: null },
        { name: "王二寶", idNumber: null, birthDate: "2026-11-02", phone: null },
      ],
      father: { name: "王大明", idNumber: fatherId, birthDate: "2006-05-01", phone: "0912-345-678" },
      mother: { name: "阮小姐", idNumber: null, birthDate: "2007-03-04", phone: "0987-654-321" },
      carer: { name: "王阿嬤", idNumber: null, birthDate: "1970-01-01", phone: "02-2345-6789", relationship: "祖母" },
      // 台 is read as 臺; 號之 as the form prints it (12號之3 → 12之3).
      householdAddress: { city: "臺北市", district: "中正區", road: "重慶南路", section: "1", lane: "10", alley: "2", number: "12之3" },
      residenceSameAsHousehold: true,
      residenceAddress: null,
      facebook: null,
      lineId: "wang.family",
      otherContact: null,
      // In 附表4's order, A before H.
      needs: ["ECONOMIC_MATERIAL", "OTHER"],
      needOther: "托育資訊",
      servicesReceived: ["SOCIAL_WELFARE_CENTRE", "OTHER"],
      serviceOther: "早療中心",
      registration: { id: registrationId },
    });
    // One survey per registration.
    expect(errorCodes(await record(answers(registrationId)))).toEqual(["CONFLICT"]);
  });

  it("should not make it due for a mother who turned 20 on the registration date, and refuse it (R7)", async () => {
    const turned20 = await birthRegistration("2006-11-10");
    expect(dataOf(await due(turned20)).registration.teenParentSurveyDue).toBe(false);
    const before = await surveyRows();
    const response = await record(answers(turned20, { mother: { name: "阮小姐", birthDate: "2006-11-10" }, father: { name: "王大明", birthDate: "1999-01-01" } }));
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors?.[0].extensions?.field).toBe("registrationId");
    expect(await surveyRows()).toBe(before);
    // A day short of 20 she is still under 20.
    expect(dataOf(await due(await birthRegistration("2006-11-11"))).registration.teenParentSurveyDue).toBe(true);
  });

  it("should make it due when the form's father is under 20 though the registered mother is not", async () => {
    const registrationId = await birthRegistration("1998-01-01");
    expect(dataOf(await due(registrationId)).registration.teenParentSurveyDue).toBe(false);
    const { id } = must(await record(answers(registrationId, { mother: { name: "阮小姐", birthDate: "1998-01-01" }, father: { name: "王大明", birthDate: "2007-01-01" }, babies: [{ name: "王小寶", birthDate: "2026-11-03" }] })))
      .recordTeenParentSurvey;
    filled.push({ id, babies: 1 });
  });

  it.each([
    ["H without its text", { needs: ["OTHER"], needOther: null }, "needOther"],
    ["I with another need", { needs: ["NONE", "MEDICAL"], needOther: null }, "needs"],
    ["no need ticked", { needs: [], needOther: null }, "needs"],
    ["a baby's ID number with a wrong check digit", { babies: [{ name: "王小寶", birthDate: "2026-11-02" }, { name: "王二寶", birthDate: "2026-11-02", idNumber: "A123456788" }] }, "babies.1.idNumber"],
    ["no baby row", { babies: [] }, "babies"],
    ["the residence both 同上 and given", { residenceAddress: { city: "新北市", district: "板橋區", road: "文化路", number: "1" } }, "residenceAddress"],
    ["a carer without the relationship", { carer: { name: "王阿嬤", relationship: " " } }, "carer.relationship"],
    ["a house number with 樓", { householdAddress: { city: "臺北市", district: "中正區", road: "重慶南路", number: "12號5樓" } }, "householdAddress.number"],
    ["a referral date before the registration", { referredOn: "2026-11-09" }, "referredOn"],
  ])("should refuse %s at its field, writing nothing", async (_case, overrides, field) => {
    const registrationId = await birthRegistration("2008-01-01");
    const before = await surveyRows();
    const response = await record(answers(registrationId, overrides));
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors?.[0].extensions?.field).toBe(field);
    expect(await surveyRows()).toBe(before);
  });

  it("should record the applicant's refusal without answers, and refuse answers on a declined survey", async () => {
    const registrationId = await birthRegistration("2008-01-01");
    const referral = { registrationId, declined: true, clerkName: "陳戶政", clerkPhone: "02-2341-5678", referredOn: DAY };
    const refused = await record({ ...referral, needs: ["MEDICAL"] });
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors?.[0].extensions?.field).toBe("needs");
    const { id } = must(await record(referral)).recordTeenParentSurvey;
    const survey = must(await platform.query<{ teenParentSurvey: { declined: boolean; babies: unknown[]; needs: unknown[]; mother: unknown } }>(READ, { ...clerk(), variables: { id } }))
      .teenParentSurvey;
    expect(survey).toMatchObject({ declined: true, babies: [], needs: [], mother: null });
  });

  it("should let only the office's own clerk read or record it", async () => {
    const registrationId = await birthRegistration("2008-02-02");
    const elsewhere = { role: Role.HOUSEHOLD_CLERK, org: otherOffice };
    expect(errorCodes(await record(answers(registrationId), elsewhere))).toEqual(["FORBIDDEN"]);
    const { id } = must(await record(answers(registrationId))).recordTeenParentSurvey;
    filled.push({ id, babies: 2 });
    const read = `query($id: ID!) { teenParentSurvey(id: $id) { id needs mother { name } } }`;
    const otherClerk = await platform.query<{ teenParentSurvey: unknown }>(read, { ...elsewhere, variables: { id } });
    expect(errorCodes(otherClerk)).toContain("FORBIDDEN");
    expect(JSON.stringify(otherClerk.data ?? null)).not.toContain("阮小姐");
    for (const role of [Role.DISTRICT_CASE_OFFICER, Role.CIVIL_AFFAIRS_OFFICER, Role.SOCIAL_WORKER]) {
      expect(errorCodes(await platform.query(read, { role, org: role === Role.DISTRICT_CASE_OFFICER ? office : undefined, variables: { id } }))).toEqual(["FORBIDDEN"]);
    }
    // The district's 人文課 reads the registration, but not whether a parent was under 20.
    expect(errorCodes(await due(registrationId, { role: Role.DISTRICT_CASE_OFFICER, org: office }))).toEqual(["FORBIDDEN"]);
  });

  it("should relay the month's surveys to 民政局 once on the relay day, and 民政局 should queue one TEEN_PARENT notice per baby to social", async () => {
    // Still November: the month is not over, nothing goes.
    setFakeNow(new Date("2026-11-30T23:00:00+08:00"));
    expect(await platform.runJob("household", TEEN_PARENT_RELAY_JOB)).toEqual({ relayed: 0 });

    setFakeNow(new Date("2026-12-01T09:00:00+08:00"));
    expect(await platform.runJob("household", TEEN_PARENT_RELAY_JOB)).toEqual({ relayed: filled.length });
    expect(await platform.runJob("household", TEEN_PARENT_RELAY_JOB)).toEqual({ relayed: 0 });
    await platform.runJob("household", "outbox-dispatch");
    await platform.runJob("household", "outbox-dispatch");

    const civil = platform.platform.subgraphs.get("civil-affairs")?.database.dataSource;
    const received = (await civil?.query(`SELECT "survey_id", "month", "office_code", "baby_count" FROM "civil_affairs"."teen_parent_surveys" ORDER BY "survey_id"`)) as {
      survey_id: string;
      month: string;
      office_code: string;
      baby_count: number;
    }[];
    expect(received).toEqual(
      [...filled].sort((a, b) => a.id.localeCompare(b.id)).map((survey) => ({ survey_id: survey.id, month: "2026-11", office_code: office, baby_count: survey.babies })),
    );
    const notices = (await civil?.query(`SELECT "target", "payload" FROM "civil_affairs"."outbox" WHERE "kind" = 'teen-parent-notice'`)) as {
      target: string;
      payload: { input: Record<string, unknown> };
    }[];
    expect(notices).toHaveLength(filled.reduce((sum, survey) => sum + survey.babies, 0));
    const first = notices.filter((notice) => notice.payload.input.surveyId === filled[0].id).map((notice) => notice.payload.input);
    // Only what social's notice needs (docs/programme-b.md): the child, the mother, the district, the date and the survey's key.
    expect(first.sort((a, b) => String(a.name).localeCompare(String(b.name)))).toEqual([
      {
        clientKey: expect.any(String),
        category: "TEEN_PARENT",
        idNumber: null,
        name: "王二寶",
        birthDate: "2026-11-02",
        motherName: "阮小姐",
        motherIdNumber: null,
        householdDistrict: "63000050",
        noticedOn: "2026-12-01",
        surveyId: filled[0].id,
      },
      expect.objectContaining({ name: "王小寶", idNumber: babyId, category: "TEEN_PARENT", surveyId: filled[0].id }),
    ]);
    expect(new Set(notices.map((notice) => notice.target))).toEqual(new Set(["ReceiveChildCareNotice"]));
    // D3: 民政局's outbox delivers them; social's care point of 中正區 holds each baby's case (category 7), once.
    await platform.runJob("civil-affairs", "outbox-dispatch");
    const delivered = (await civil?.query(`SELECT count(*)::int AS "n" FROM "civil_affairs"."outbox" WHERE "kind" = 'teen-parent-notice' AND "acknowledged_id" IS NOT NULL`)) as { n: number }[];
    expect(delivered[0].n).toBe(notices.length);
    const cases = must(
      await platform.query<{ childCareCases: { childName: string; categories: string[]; notices: { id: string }[] }[] }>(`{ childCareCases { childName categories notices { id } } }`, {
        role: Role.SOCIAL_WORKER,
        org: "WEST_CARE_POINT",
      }),
    ).childCareCases;
    expect(new Set(cases.flatMap((held) => held.categories))).toEqual(new Set(["TEEN_PARENT"]));
    expect(cases.reduce((sum, held) => sum + held.notices.length, 0)).toBe(notices.length);
    expect(new Set(cases.map((held) => held.childName))).toEqual(new Set(notices.map((notice) => notice.payload.input.name)));

    // 民政局's officer sees the batch's counts and metadata, not the answers (the type has no such field).
    const batches = must(
      await platform.query<{ teenParentSurveyBatches: { month: string; surveyCount: number; babyCount: number; noticeCount: number; offices: unknown[]; surveys: { surveyId: string }[] }[] }>(
        `{ teenParentSurveyBatches { month surveyCount babyCount noticeCount offices { officeCode surveyCount babyCount } surveys { surveyId officeCode babyCount referredOn } } }`,
        { role: Role.CIVIL_AFFAIRS_OFFICER },
      ),
    ).teenParentSurveyBatches;
    const babies = filled.reduce((sum, survey) => sum + survey.babies, 0);
    expect(batches).toEqual([
      expect.objectContaining({ month: "2026-11", surveyCount: filled.length, babyCount: babies, noticeCount: babies, offices: [{ officeCode: office, surveyCount: filled.length, babyCount: babies }] }),
    ]);
    expect(batches[0].surveys.map((survey) => survey.surveyId).sort()).toEqual(filled.map((survey) => survey.id).sort());
    // Only household's service delivers a survey.
    expect(errorCodes(await platform.query(`mutation { receiveTeenParentSurveys(input: { clientKey: "x", month: "2026-11", officeCode: "63000050", surveyId: "x", babies: [], householdAddress: { city: "臺北市", district: "中正區", road: "路", number: "1" }, needs: [], servicesReceived: [], clerkName: "x", clerkPhone: "x", referredOn: "2026-11-01" }) { id } }`, { ...clerk() }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(`{ teenParentSurveyBatches { month } }`, { ...clerk() }))).toEqual(["FORBIDDEN"]);
  });
});
