import { AgencyLevel, DirectoryAgency, DirectoryUnit, ServiceDirectoryData, VisitFormBoxKind } from "../directory.types";
import { CATEGORY } from "./categories";
import { dutiesUnder } from "./duty-line";

/**
 * Taipei's directory, from seed 000 (the SOP: 附件4's boxes, 附件5's units and numbers) and seed 001
 * (勞動局 and 教育局, A9). Phones only where the seeds print one (附件5); the city adds the others with
 * its next version (`publishServiceDirectory`). Taipei prints no 項目 column: each duty's category is
 * the C1 category its printed text belongs to (a reading, noted per line).
 */
const { LOCAL, CENTRAL, NGO } = AgencyLevel;

const unit = (agencyCode: string, slug: string, name: string, fields: Partial<Omit<DirectoryUnit, "code" | "name">> = {}): DirectoryUnit => ({
  code: `${agencyCode}.${slug}`,
  name,
  phone: null,
  count: null,
  tasks: [],
  ...fields,
});

const SOCIAL = "taipei.social-bureau";
const HEALTH = "taipei.health-bureau";
const DISTRICT_OFFICE = "taipei.district-office";

/** 附件5: a care point's three steps, printed once for the four (東、西、南、北區). */
const CARE_POINT_TASKS = [
  "由社工進行電話評估或實際訪視",
  "有需求：提供一般性新移民案件與家庭服務與福利諮詢；倘為特殊或重大案件，無法直接由據點提供服務者則轉介新移民婦女暨家庭服務中心",
  "經服務後重新評估已無其他需求：結案",
];

const carePoint = (slug: string, area: string): DirectoryUnit => unit(SOCIAL, `care-point-${slug}`, `關懷據點（${area}）`, { tasks: CARE_POINT_TASKS });

export const TAIPEI_AGENCY = {
  social: {
    code: SOCIAL,
    city: "taipei",
    name: "社會局",
    level: LOCAL,
    phone: null,
    units: [
      carePoint("east", "東區"),
      carePoint("west", "西區"),
      carePoint("south", "南區"),
      carePoint("north", "北區"),
      unit(SOCIAL, "family-service-centre", "新移民婦女暨家庭服務中心", {
        phone: "2558-0133",
        tasks: ["由社工進行電話評估或實際訪視", "有需求：提供家庭服務、福利諮詢、親職教育輔導及轉介服務", "經服務後重新評估已無其他需求：結案"],
      }),
    ],
  },
  health: {
    code: HEALTH,
    city: "taipei",
    name: "衛生局",
    level: LOCAL,
    phone: null,
    units: [
      unit(HEALTH, "health-service-centre", "健康服務中心", {
        count: 12,
        tasks: ["由公衛護士進行電話評估或實際訪視", "有需求：提供衛教優生保健諮詢及輔導等服務", "經服務後重新評估已無其他需求：結案"],
      }),
      unit(HEALTH, "community-mental-health-centre", "社區心理衛生中心", {
        phone: "3393-6779",
        tasks: ["符合社區心理衛生中心心理諮商收案標準", "有需求：提供心理諮商服務", "經服務後重新評估已無其他需求：結案"],
      }),
    ],
  },
  labour: { code: "taipei.labour-bureau", city: "taipei", name: "勞動局", level: LOCAL, phone: null, units: [] },
  education: { code: "taipei.education-bureau", city: "taipei", name: "教育局", level: LOCAL, phone: null, units: [] },
  civilAffairs: { code: "taipei.civil-affairs-bureau", city: "taipei", name: "民政局", level: LOCAL, phone: null, units: [] },
  /** The 12 district offices (附件5 「12 區公所」); a visit form's internal boxes name their sections. */
  districtOffice: {
    code: DISTRICT_OFFICE,
    city: "taipei",
    name: "區公所",
    level: LOCAL,
    phone: null,
    units: [
      unit(DISTRICT_OFFICE, "humanities-section", "人文課", { count: 12, tasks: ["人文課案件確認列管，提供及時協助與轉介"] }),
      unit(DISTRICT_OFFICE, "civil-section", "民政課", { count: 12, tasks: ["民政課里幹事到府訪視並填報服務紀錄表"] }),
      unit(DISTRICT_OFFICE, "social-section", "社會課", { count: 12, tasks: ["社會課提供個案申請各項社會救助"] }),
    ],
  },
  // A11, 附件5: where 民政局 refers a single case onward.
  immigration: { code: "taipei.national-immigration-agency", city: "taipei", name: "移民署", level: CENTRAL, phone: null, units: [] },
  mainlandAffairs: { code: "taipei.mainland-affairs-council", city: "taipei", name: "陸委會", level: CENTRAL, phone: null, units: [] },
  straitsExchange: { code: "taipei.straits-exchange-foundation", city: "taipei", name: "海基會", level: NGO, phone: null, units: [] },
} as const satisfies Record<string, DirectoryAgency>;

const A = TAIPEI_AGENCY;
const C = CATEGORY;
const { REFERRAL, INTERNAL, OTHER } = VisitFormBoxKind;

export const TAIPEI_DIRECTORY: ServiceDirectoryData = {
  // Seed 001: the SOP was set up with the bureaus on 104-03-10 (2015-03-10); the seeds print no other version.
  version: { city: "taipei", versionDate: "2015-03-10", printedVersion: null },
  agencies: Object.values(TAIPEI_AGENCY),
  categories: [C.socialWelfare, C.medicalCare, C.employmentRights, C.educationCulture, C.lifeAdjustment, C.residenceNaturalisation],
  duties: [
    // 附件4's box texts, under the category they describe; seed 001's wording for 勞動局 and 教育局.
    ...dutiesUnder(A.social.code, C.socialWelfare, [[null, "包括家庭及人際關係等問題，需社工進一步訪視"]]),
    ...dutiesUnder(A.health.code, C.medicalCare, [[null, "包括生育前後或家有新生兒衛教訊息及心理諮商需求者"]]),
    ...dutiesUnder(A.labour.code, C.employmentRights, [[null, "就業、職訓"]]),
    ...dutiesUnder(A.education.code, C.educationCulture, [[null, "就學"]]),
    ...dutiesUnder(A.districtOffice.code, C.socialWelfare, [[null, "經濟困境需立即協助者"]]),
    ...dutiesUnder(A.districtOffice.code, C.educationCulture, [[null, "有學習中文或其他課程需求者"]]),
    // 附件5's numbered items for 民政局 (統籌聯繫窗口…), under 生活適應輔導: interpreting, out-of-city
    // and unclear cases (A11, seed 001 「通譯個案轉介」).
    ...dutiesUnder(A.civilAffairs.code, C.lifeAdjustment, [
      [1, "統籌聯繫窗口"],
      [2, "案件數彙整暨按月統計分析"],
      [3, "有需求：個案轉介服務 (1) 中央權責機關(如移民署、陸委會) (2) 民間團體(海基會、法人、社團等)"],
      [4, "無需求：提供新移民相關資訊"],
    ]),
    // Not printed for the onward targets: their C1 category (residence, naturalisation, cross-strait
    // matters) is what 民政局 refers to them for (A11).
    ...dutiesUnder(A.immigration.code, C.residenceNaturalisation, [[null, "中央權責機關"]]),
    ...dutiesUnder(A.mainlandAffairs.code, C.residenceNaturalisation, [[null, "中央權責機關"]]),
    ...dutiesUnder(A.straitsExchange.code, C.residenceNaturalisation, [[null, "民間團體"]]),
  ],
  // 附件4, in the printed order; 勞動局 and 教育局 (A9) after them, so the printed positions stay as printed.
  visitFormBoxes: [
    { code: "SOCIAL_WELFARE_BUREAU", label: "社會局", order: 1, kind: REFERRAL, agency: A.social.code, unit: null, description: "包括家庭及人際關係等問題，需社工進一步訪視", printedOnForm: true, needs: [] },
    { code: "HEALTH_BUREAU", label: "衛生局", order: 2, kind: REFERRAL, agency: A.health.code, unit: null, description: "包括生育前後或家有新生兒衛教訊息及心理諮商需求者", printedOnForm: true, needs: [] },
    { code: "DISTRICT_SOCIAL_SECTION", label: "區公所社會課", order: 3, kind: INTERNAL, agency: A.districtOffice.code, unit: `${DISTRICT_OFFICE}.social-section`, description: "經濟困境需立即協助者", printedOnForm: true, needs: [] },
    { code: "DISTRICT_HUMANITIES_SECTION", label: "區公所人文課", order: 4, kind: INTERNAL, agency: A.districtOffice.code, unit: `${DISTRICT_OFFICE}.humanities-section`, description: "有學習中文或其他課程需求者", printedOnForm: true, needs: [] },
    { code: "CIVIL_AFFAIRS_BUREAU", label: "民政局", order: 5, kind: REFERRAL, agency: A.civilAffairs.code, unit: null, description: "屬外縣市或需求情形難判斷權責單位", printedOnForm: true, needs: [] },
    { code: "OTHER", label: "其他", order: 6, kind: OTHER, agency: null, unit: null, description: "請簡要說明特殊狀況", printedOnForm: true, needs: [] },
    { code: "LABOUR_BUREAU", label: "勞動局", order: 7, kind: REFERRAL, agency: A.labour.code, unit: null, description: "就業、職訓", printedOnForm: false, needs: ["JOBS", "TRAINING"] },
    { code: "EDUCATION_BUREAU", label: "教育局", order: 8, kind: REFERRAL, agency: A.education.code, unit: null, description: "就學", printedOnForm: false, needs: ["SCHOOLING"] },
  ],
};
