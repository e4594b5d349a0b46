/**
 * Chinese terms beside the field names in ACCESS.md (issue #7: the grant table is reviewed by the
 * agencies' staff, who read the forms' words, not ours). A field whose GraphQL description starts
 * with its form term (`受訪者姓名 (…)`, `A7: 第1次未遇日期`) needs no entry; these are the fields whose
 * description has none, or starts with a word that is not the field's term (`附件4 社會局 box`).
 * `Type.field` wins over `field`. Keep them short and honest: the form's term where there is one.
 */
export const FIELD_TERMS: Readonly<Record<string, string>> = {
  id: "識別碼",
  sex: "性別",
  idDocument: "證件類別",
  status: "狀態",
  mode: "方式",
  createdAt: "建檔時間",
  clientKey: "重送識別鍵",
  person: "個人",
  careCase: "列管案件",
  careCases: "列管案件",
  consentInquiry: "訪視意願調查表（附件1）",
  registration: "戶籍登記",
  registrations: "戶籍登記",
  visitRecord: "關懷訪視紀錄表（附件4）",
  visitAttempts: "訪視（含未遇）",
  services: "服務紀錄",
  socialReferrals: "社會局轉介",
  healthReferrals: "衛生局轉介",
  needs: "需求",
  description: "轉介說明",
  contactPhone: "受轉介者電話",
  contactAddress: "受轉介者地址",
  referralId: "轉介案編號",
  careCaseId: "列管案件編號",
  personId: "個人編號",
  referringDistrictCode: "轉介區公所",
  referredOn: "轉介日期",
  receivedAt: "登錄系統日期",
  serviceUnit: "服務單位",
  closedOn: "結案日期",
  servedOn: "服務日期",
  summary: "服務摘要",
  nurseName: "公衛護士姓名",
  respondentHonorific: "稱謂",
  decision: "訪視意願",
  requestedMode: "訪視方式",
  handedOverAt: "移交時間",
  acknowledgedAt: "簽收時間（附件3）",
  assignedOfficerId: "里幹事代號",
  closure: "結案原因",
  attemptNumber: "訪視次數",
  met: "是否訪視到人",
  signedOffBy: "核章",
  "VisitRecord.requiredLevels": "應核章層級",
  "VisitRecord.signatures": "核章（姓名、時間）",
  "VisitRecord.state": "紀錄表狀態（草稿、核章中、已歸檔）",
  "VisitRecordSignature.level": "核章層級",
  "VisitRecordSignature.signerName": "核章人",
  "VisitRecordSignature.signedAt": "核章時間",
  "HelpTask.kind": "協助單位（社會課、人文課）",
  "HelpTask.assignedDistrictCode": "承辦區公所",
  "HelpTask.doneOn": "完成日期",
  "HelpTask.note": "協助情形",
  helpTasks: "區公所協助事項",
  filedOn: "人文課歸檔日期",
  code: "代碼",
  districtName: "行政區",
  outcome: "訪視結果",
  assignedOfficerName: "里幹事姓名",
  visitDistrictCode: "訪視地址行政區",
  householdDistrictCode: "戶籍地行政區",
  preferredFrom: "最適拜訪日期（起）",
  preferredTo: "最適拜訪日期（迄）",
  visitAddressIsHousehold: "拜訪地址同戶籍地址",
  "HouseholdOffice.name": "戶所名稱",
  "VisitRecord.needsOther": "其他需求說明",
  "ConsentInquiry.officeRemarks": "其他（戶所填寫欄第4項）",
  "ConsentInquiry.contactAddress": "新移民聯絡地址",
  "ConsentInquiry.residenceCity": "居住地（非本市之電話訪視）",
  "Registration.newImmigrantRelation": "新移民與登記之關係",
  "Registration.welcomeHandbook": "幸福手冊（書冊或光碟）",
  "Address.floorUnit": "樓之",
  "Person.household": "戶",
  "CareCase.urgentReports": "緊急通報",
  "UrgentReport.kind": "通報方式",
  "UrgentReport.targetOther": "其他通報對象",
  "UrgentReport.summary": "通報內容",
  "UrgentReport.outcome": "成案與否",
  "UrgentReport.outcomeRecordedAt": "成案結果登錄時間",
  "UrgentReport.subject": "當事人",
  edges: "分頁項目",
  node: "項目",
  cursor: "分頁游標",
  pageInfo: "分頁資訊",
  totalCount: "總筆數",
  hasNextPage: "尚有下一頁",
  endCursor: "末筆游標",
  agency: "機關",
  readAt: "讀取時間",
  subject: "讀取者",
  role: "角色",
  org: "所屬單位",
  entityType: "資料類型",
  entityId: "資料編號",
  fields: "讀取欄位",
  operationName: "操作名稱",
  operationId: "操作識別碼",
  purpose: "蒐集利用目的",
};

/** Type titles, where the type's description starts with no term of its own. */
export const TYPE_TERMS: Readonly<Record<string, string>> = {
  Person: "個人",
  Household: "戶",
  Registration: "戶籍登記",
  ConsentInquiry: "訪視意願調查表（附件1）",
  HouseholdOffice: "戶政事務所",
  Address: "地址",
  CareCase: "列管案件",
  VisitAttempt: "訪視",
  VisitRecord: "關懷訪視紀錄表（附件4）",
  UrgentReport: "緊急通報",
  SocialReferral: "社會局轉介案",
  SocialServiceRecord: "社工服務紀錄",
  HealthReferral: "衛生局轉介案",
  HealthServiceRecord: "公衛服務紀錄",
  AuditEntry: "個資使用紀錄",
};

/** The agency each subgraph serves, for the file's title. */
export const AGENCY_TERMS: Readonly<Record<string, string>> = {
  household: "戶政事務所",
  district: "區公所",
  social: "社會局",
  health: "衛生局",
};

/** A leading form term of a description: Han characters, digits and brackets, after an optional rule code. */
const LEADING_TERM = /^(?:[A-Z]\d+(?:\/[A-Z]?\d+)*:\s*)?([\p{Script=Han}][\p{Script=Han}\d（）()]*)/u;

/** The Chinese term for `typeName.fieldName`: the glossary, else the description's leading term, else empty. */
export function termOf(typeName: string, fieldName: string, description: string | null | undefined): string {
  const glossary = FIELD_TERMS[`${typeName}.${fieldName}`] ?? FIELD_TERMS[fieldName];
  if (glossary !== undefined) {
    return glossary;
  }
  return LEADING_TERM.exec(description ?? "")?.[1] ?? "";
}
