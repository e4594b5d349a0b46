import { AgencyLevel, DirectoryAgency, ServiceDirectoryData } from "../directory.types";
import { CATEGORIES, CATEGORY } from "./categories";
import { dutiesUnder } from "./duty-line";

/**
 * Keelung's directory: every row of seed 002 (基隆市新住民照顧服務業務分工一覽表, 「112.7 更新」), in the
 * printed order. Names and phones as printed (the tax bureau's number is printed without its dash);
 * a text the layout breaks over lines is joined. Keelung prints no visit form, so it has no boxes.
 */
const { LOCAL, CENTRAL } = AgencyLevel;

const agency = (slug: string, name: string, level: AgencyLevel, phone: string): DirectoryAgency => ({ code: `keelung.${slug}`, city: "keelung", name, level, phone, units: [] });

export const KEELUNG_AGENCY = {
  civilAffairs: agency("civil-affairs-department", "民政處", LOCAL, "2420-1122#1632"),
  health: agency("health-bureau", "衛生局", LOCAL, "2423-0181#1629"),
  education: agency("education-department", "教育處", LOCAL, "2430-1505#310"),
  social: agency("social-affairs-department", "社會處", LOCAL, "2432-0495"),
  police: agency("police-bureau", "警察局", LOCAL, "2425-2787"),
  culture: agency("cultural-affairs-bureau", "文化局", LOCAL, "2422-4170#327"),
  press: agency("tourism-marketing-press-section", "觀銷處新聞科", LOCAL, "2420-1122#2911"),
  // Central agencies' local offices (C1): the immigration agency's, the Workforce Development
  // Agency's and the Veterans Affairs Council's.
  immigration: agency("immigration-service-station", "移民署基隆市服務站", CENTRAL, "2427-6374#204"),
  employment: agency("employment-service-centre", "勞動部勞動力發展署北基宜花金馬分署基隆就業中心", CENTRAL, "2422-5263#3110"),
  veterans: agency("veterans-service-office", "基隆市榮民服務處", CENTRAL, "2462-4881#114"),
  tax: agency("local-tax-bureau", "基隆市稅務局", LOCAL, "24331888#115"),
} as const;

const A = KEELUNG_AGENCY;
const C = CATEGORY;

export const KEELUNG_DIRECTORY: ServiceDirectoryData = {
  version: { city: "keelung", versionDate: "2023-07-01", printedVersion: "112.7" },
  agencies: Object.values(KEELUNG_AGENCY),
  categories: CATEGORIES,
  duties: [
    ...dutiesUnder(A.civilAffairs.code, C.lifeAdjustment, [
      [1, "辦理新住民生活適應輔導班及活動。"],
      [2, "提供生活適應及法律諮詢服務。"],
      [3, "戶政、國籍法令諮詢暨戶籍登記。"],
      [4, "辦理歸化國籍測試。"],
    ]),
    ...dutiesUnder(A.civilAffairs.code, C.legalFramework, [[5, "定期召開委員會，檢討新住民照顧服務措施辦理情形。"]]),

    ...dutiesUnder(A.health.code, C.lifeAdjustment, [[1, "通譯人才培訓及提供醫療生育諮詢及服務。"]]),
    ...dutiesUnder(A.health.code, C.medicalCare, [
      [2, "輔導新住民加入全民健康保險。"],
      [3, "提供周延之生育遺傳服務措施減免費用之補助。"],
      [4, "提供孕婦一般性產前檢查及設籍前未納入健保者產前檢查之服務及補助。"],
      [5, "健康照護管理，促進身心健康環境之建立，製作多國語版衛生教育宣導教材，規劃辦理醫療人員多元文化教育研習與活動。"],
    ]),
    ...dutiesUnder(A.health.code, C.childRearing, [
      [6, "新住民子女全面納入嬰幼兒健康保障系統。"],
      [7, "加強辦理新住民子女之兒童發展篩檢，並對發展遲緩兒童提供早期療育服務。"],
    ]),

    ...dutiesUnder(A.education.code, C.lifeAdjustment, [[1, "加強種子教師跨文化培訓。"]]),
    ...dutiesUnder(A.education.code, C.educationCulture, [
      [2, "加強新住民及其子女教育規劃，培育多元文化課程師資。"],
      [3, "強化新住民家庭教育以提升其教育子女之知能。"],
      [4, "辦理新住民成人基本教育研習班，以培養文化適應及生活所需之語文能力，並進一步作為進入各種學習管道，取得正式學歷之基礎。"],
      [5, "辦理新住民成人基本教育師資研習及補充教材研發。"],
      [6, "成立新住民學習中心，辦理家庭教育活動或多元文化學習等課程。"],
      [7, "於寒暑假辦理東南亞語言樂學計畫，鼓勵學生學習及體驗東南亞語文。"],
      [8, "編製新住民語文學習內容教科書。"],
      [9, "對新住民及其子女頒發獎助學金，鼓勵積極努力向學。"],
    ]),
    ...dutiesUnder(A.education.code, C.childRearing, [
      [10, "加強新住民子女語言及社會文化學，提供課後學習輔導。"],
      [11, "辦理教師新住民多元文化研習，提升教師多元文化素養。"],
      [12, "提供新住民兒少高關懷學生及跨國轉銜學生之協處與脆弱家庭訪視服務。"],
    ]),
    ...dutiesUnder(A.education.code, C.awareness, [
      [13, "推動社區或民間團體舉辦多元文化相關活動，鼓勵學生與一般民眾參與，促使積極接納新住民，並使國人建立族群平等與相互尊重接納之觀念。"],
    ]),

    ...dutiesUnder(A.social.code, C.lifeAdjustment, [
      [1, "提供新住民生活適應、法律諮詢及通譯服務。"],
      [2, "強化新住民家庭服務中心及移民署各縣市服務站功能，成為資訊溝通平台。"],
      [3, "辦理移民照顧服務人員教育訓練。"],
      [4, "結合民間團體資源，強化移民輔導網絡與溝通平臺，發展地區性新住民服務措施，提供新住民社區化之服務據點及轉介服務。"],
      [5, "對設籍前新住民提供遭逢特殊境遇相關福利及扶助服務。"],
    ]),
    ...dutiesUnder(A.social.code, C.employmentRights, [
      [6, "提供新住民就業服務及職業訓練。"],
      [7, "營造友善新住民職場環境以消除就業歧視。"],
    ]),
    ...dutiesUnder(A.social.code, C.childRearing, [
      [8, "提供早期療育服務。"],
      [9, "提供新住民兒少高關懷學生及跨國轉銜學生之協處與脆弱家庭訪視服務。"],
    ]),
    ...dutiesUnder(A.social.code, C.personalSafety, [
      [10, "整合相關服務資源，加強受暴新住民之保護扶助措施、通譯服務、緊急救援措施及預防宣導。"],
      [11, "加強並落實參與保護性案件服務人員之家庭暴力防治教育訓練。"],
    ]),
    ...dutiesUnder(A.social.code, C.socialWelfare, [
      [12, "社會救助中低收入戶傷病醫療補助、急難救助、天然災害救助。"],
      [13, "福利服務（兒童、少年、婦女）：發展遲緩早期療育、低收入戶暨弱勢兒童醫療補助、少年生活扶助、婦女保護（安置庇護）、特殊境遇家庭扶助。"],
    ]),

    ...dutiesUnder(A.police.code, C.personalSafety, [
      [1, "整合相關服務資源，加強受暴新住民之保護扶助措施、通譯服務、緊急救援措施及預防宣導。"],
      [2, "加強並落實參與保護性案件服務人員之家庭暴力防治教育訓練。"],
      [3, "落實家庭暴力通報制度，建立單一通報窗口及保護諮詢專線。"],
    ]),

    ...dutiesUnder(A.culture.code, C.awareness, [
      [null, "加強宣導國人尊重、理解、欣賞、關懷、平等對待及肯定不同文化族群之正向積極態度，並鼓勵推廣多元文化及生活資訊。"],
    ]),

    ...dutiesUnder(A.press.code, C.awareness, [
      [1, "運用有限電視頻道/公/民營廣播電臺、網路平台及電子報等提供多元文化及生活資訊。"],
      [2, "聯繫媒體並刊登。"],
    ]),

    ...dutiesUnder(A.immigration.code, C.residenceNaturalisation, [
      [1, "提供大陸配偶在台團聚、居留至初次設籍等法令諮詢。"],
      [2, "提供外籍配偶在台居留、歸化國籍暨戶籍登記等法令諮詢。"],
    ]),

    ...dutiesUnder(A.employment.code, C.employmentRights, [
      [1, "提供新住民就業諮詢服務及推介媒合就業。"],
      [2, "提供相關職業訓練及協助提升就業、創業能力。"],
    ]),

    ...dutiesUnder(A.veterans.code, C.lifeAdjustment, [
      [1, "生活關懷訪查、協助子女轉介社福機構教養、配偶初次入境面訪、申請定居訪查。"],
      [2, "技職訓練、就業媒合服務。"],
      [3, "法令諮詢服務。"],
    ]),

    ...dutiesUnder(A.tax.code, C.localTax, [
      [1, "提供地方稅節稅教育宣導。"],
      [2, "提供新住民地方稅節稅諮詢服務及輔導申辦。"],
    ]),
  ],
  visitFormBoxes: [],
};
