import { GraphQLError } from "graphql";
import { KEELUNG_DIRECTORY } from "../../subgraphs/civil-affairs/directory/data/keelung";
import { TAIPEI_DIRECTORY } from "../../subgraphs/civil-affairs/directory/data/taipei";
import { Duty } from "../../subgraphs/civil-affairs/directory/directory.types";
import { checkedDirectory } from "../../subgraphs/civil-affairs/directory/directory.validation";

/**
 * Issue #9, C1: the shipped directories, checked against the seeds by hand (seed 000's 附件4 and
 * 附件5, seed 001's added bureaus, seed 002's table). Every expected value is copied from a seed.
 */
const agencyNamed = (name: string) => KEELUNG_DIRECTORY.agencies.find((agency) => agency.name === name);
const dutiesOf = (duties: readonly Duty[], agencyCode: string | undefined) => duties.filter((duty) => duty.agency === agencyCode);
const categoryName = (code: string) => KEELUNG_DIRECTORY.categories.find((category) => category.code === code)?.name;

describe("Taipei's service directory (seed 000)", () => {
  it("should print 附件4's boxes in the form's order with their labels and texts, then 勞動局 and 教育局 (A9)", () => {
    const boxes = [...TAIPEI_DIRECTORY.visitFormBoxes].sort((a, b) => a.order - b.order);
    expect(boxes.map(({ order, label, kind, description, printedOnForm }) => [order, label, kind, description, printedOnForm])).toEqual([
      [1, "社會局", "REFERRAL", "包括家庭及人際關係等問題，需社工進一步訪視", true],
      [2, "衛生局", "REFERRAL", "包括生育前後或家有新生兒衛教訊息及心理諮商需求者", true],
      [3, "區公所社會課", "INTERNAL", "經濟困境需立即協助者", true],
      [4, "區公所人文課", "INTERNAL", "有學習中文或其他課程需求者", true],
      [5, "民政局", "REFERRAL", "屬外縣市或需求情形難判斷權責單位", true],
      [6, "其他", "OTHER", "請簡要說明特殊狀況", true],
      [7, "勞動局", "REFERRAL", "就業、職訓", false],
      [8, "教育局", "REFERRAL", "就學", false],
    ]);
  });

  it("should send each referral box to the agency the other helpers name", () => {
    const targets = TAIPEI_DIRECTORY.visitFormBoxes.filter((box) => box.kind === "REFERRAL").map((box) => [box.label, box.agency]);
    expect(targets).toEqual([
      ["社會局", "taipei.social-bureau"],
      ["衛生局", "taipei.health-bureau"],
      ["民政局", "taipei.civil-affairs-bureau"],
      ["勞動局", "taipei.labour-bureau"],
      ["教育局", "taipei.education-bureau"],
    ]);
  });

  it("should carry 附件5's numbers and units", () => {
    const units = TAIPEI_DIRECTORY.agencies.flatMap((agency) => agency.units ?? []);
    const unit = (name: string) => units.find((candidate) => candidate.name === name);
    expect(unit("新移民婦女暨家庭服務中心")?.phone).toBe("2558-0133");
    expect(unit("社區心理衛生中心")?.phone).toBe("3393-6779");
    expect(unit("健康服務中心")?.count).toBe(12);
    expect(units.filter((candidate) => candidate.name.startsWith("關懷據點")).map((candidate) => candidate.name)).toEqual(["關懷據點（東區）", "關懷據點（西區）", "關懷據點（南區）", "關懷據點（北區）"]);
  });

  it("should list 民政局's onward targets, central and NGO (A11)", () => {
    const levelOf = (name: string) => TAIPEI_DIRECTORY.agencies.find((agency) => agency.name === name)?.level;
    expect([levelOf("移民署"), levelOf("陸委會"), levelOf("海基會")]).toEqual(["CENTRAL", "CENTRAL", "NGO"]);
  });
});

describe("Keelung's service directory (seed 002)", () => {
  it("should be the version 112.7, in force from July 2023", () => {
    expect(KEELUNG_DIRECTORY.version).toEqual({ city: "keelung", versionDate: "2023-07-01", printedVersion: "112.7" });
  });

  it("should hold every printed row, per agency", () => {
    const rows = Object.fromEntries(KEELUNG_DIRECTORY.agencies.map((agency) => [agency.name, dutiesOf(KEELUNG_DIRECTORY.duties, agency.code).length]));
    expect(rows).toEqual({
      民政處: 5,
      衛生局: 7,
      教育處: 13,
      社會處: 13,
      警察局: 3,
      文化局: 1,
      觀銷處新聞科: 2,
      移民署基隆市服務站: 2,
      勞動部勞動力發展署北基宜花金馬分署基隆就業中心: 2,
      基隆市榮民服務處: 3,
      基隆市稅務局: 2,
    });
  });

  it("should print phones with their extensions", () => {
    expect(agencyNamed("民政處")?.phone).toBe("2420-1122#1632");
    expect(agencyNamed("社會處")?.phone).toBe("2432-0495");
    expect(agencyNamed("觀銷處新聞科")?.phone).toBe("2420-1122#2911");
    expect(agencyNamed("基隆市稅務局")?.phone).toBe("24331888#115");
    expect(agencyNamed("移民署基隆市服務站")?.level).toBe("CENTRAL");
  });

  it("should put 社會處 under five categories (C1: many-to-many)", () => {
    const social = dutiesOf(KEELUNG_DIRECTORY.duties, agencyNamed("社會處")?.code);
    const categories = [...new Set(social.map((duty) => categoryName(duty.category)))];
    expect(categories).toEqual(["生活適應輔導", "保障就業權益", "協助子女教養", "人身安全保護", "社會福利"]);
    expect(social.map((duty) => duty.itemNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it("should put several agencies under 生活適應輔導 and keep an unnumbered line unnumbered", () => {
    const lifeAdjustment = KEELUNG_DIRECTORY.duties.filter((duty) => categoryName(duty.category) === "生活適應輔導");
    const agencies = [...new Set(lifeAdjustment.map((duty) => KEELUNG_DIRECTORY.agencies.find((agency) => agency.code === duty.agency)?.name))];
    expect(agencies).toEqual(["民政處", "衛生局", "教育處", "社會處", "基隆市榮民服務處"]);
    const culture = dutiesOf(KEELUNG_DIRECTORY.duties, agencyNamed("文化局")?.code);
    expect(culture).toEqual([{ agency: "keelung.cultural-affairs-bureau", category: "awareness", itemNumber: null, text: "加強宣導國人尊重、理解、欣賞、關懷、平等對待及肯定不同文化族群之正向積極態度，並鼓勵推廣多元文化及生活資訊。" }]);
  });
});

describe("a published version's checks (C1)", () => {
  const codeOf = (run: () => unknown): unknown => {
    try {
      run();
      return "accepted";
    } catch (error) {
      return error instanceof GraphQLError ? [error.extensions.code, error.extensions.field] : error;
    }
  };

  it("should accept both shipped directories as they are", () => {
    expect(checkedDirectory(TAIPEI_DIRECTORY)).toEqual(TAIPEI_DIRECTORY);
    expect(checkedDirectory(KEELUNG_DIRECTORY)).toEqual(KEELUNG_DIRECTORY);
  });

  it("should refuse a repeated code, a duty of nobody, an agency of another city and a referral box without its agency", () => {
    const [first, second] = KEELUNG_DIRECTORY.agencies;
    expect(codeOf(() => checkedDirectory({ ...KEELUNG_DIRECTORY, agencies: [first, { ...second, code: first.code }] }))).toEqual(["BAD_USER_INPUT", "input.agencies[1].code"]);
    expect(codeOf(() => checkedDirectory({ ...KEELUNG_DIRECTORY, duties: [{ agency: "keelung.nobody", category: "life-adjustment", itemNumber: 1, text: "x" }] }))).toEqual([
      "BAD_USER_INPUT",
      "input.duties[0].agencyCode",
    ]);
    expect(codeOf(() => checkedDirectory({ ...KEELUNG_DIRECTORY, duties: [{ agency: first.code, category: "no-such", itemNumber: 1, text: "x" }] }))).toEqual([
      "BAD_USER_INPUT",
      "input.duties[0].categoryCode",
    ]);
    expect(codeOf(() => checkedDirectory({ ...KEELUNG_DIRECTORY, agencies: [{ ...first, code: "taipei.civil-affairs-department" }], duties: [] }))).toEqual([
      "BAD_USER_INPUT",
      "input.agencies[0].code",
    ]);
    const [box] = TAIPEI_DIRECTORY.visitFormBoxes;
    expect(codeOf(() => checkedDirectory({ ...TAIPEI_DIRECTORY, visitFormBoxes: [{ ...box, agency: null }] }))).toEqual(["BAD_USER_INPUT", "input.visitFormBoxes[0].agencyCode"]);
    expect(codeOf(() => checkedDirectory({ ...TAIPEI_DIRECTORY, visitFormBoxes: [box, { ...box, code: "SECOND" }] }))).toEqual(["BAD_USER_INPUT", "input.visitFormBoxes[1].order"]);
  });
});
