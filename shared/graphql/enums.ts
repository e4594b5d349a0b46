import { registerEnumType } from "type-graphql";
import { Role } from "../auth/roles";
import { ChildCareCategory, ChildCareExclusionReason, ProtectionArticle, SearchOutcome, SearchReason, VaccinationReferralCondition } from "../domain/child-care";
import {
  CareCaseClosure,
  CareCaseStatus,
  CaseType,
  CivilAffairsNeed,
  CivilAffairsServiceUnit,
  HealthNeed,
  HealthServiceUnit,
  HelpNeed,
  Honorific,
  IdentityDocument,
  NewImmigrantRelation,
  OriginCountry,
  PartnerNeed,
  ReferralStatus,
  ServiceContactMode,
  SignOffRole,
  Sex,
  SocialNeed,
  SocialServiceUnit,
  VisitDecision,
  VisitMode,
  VisitOutcome,
  VisitTimeSlot,
  WelcomeHandbook,
} from "../domain/enums";

/**
 * Registers the domain enums with type-graphql once per process. Subgraphs that share an enum
 * declare it identically, which composition requires.
 */
registerEnumType(CaseType, { name: "CaseType", description: "A1: 洽公項目 (the eight case types of the statistics)" });
registerEnumType(VisitDecision, { name: "VisitDecision", description: "A2: the respondent's decision on 附件1" });
registerEnumType(VisitTimeSlot, { name: "VisitTimeSlot", description: "A2: 最適拜訪時間" });
registerEnumType(OriginCountry, { name: "OriginCountry", description: "A2: 原屬國籍或地區" });
registerEnumType(NewImmigrantRelation, { name: "NewImmigrantRelation", description: "A1: who the new immigrant is to the registration" });
registerEnumType(WelcomeHandbook, { name: "WelcomeHandbook", description: "A1: 幸福手冊, given as a book or on CD" });
registerEnumType(Honorific, { name: "Honorific", description: "先生 / 小姐" });
registerEnumType(Sex, { name: "Sex" });
registerEnumType(IdentityDocument, { name: "IdentityDocument", description: "身分證 or 居留證" });
registerEnumType(VisitMode, { name: "VisitMode", description: "A6: home or phone visit" });
registerEnumType(VisitOutcome, { name: "VisitOutcome", description: "A8: 附件4 outcome" });
registerEnumType(HelpNeed, { name: "HelpNeed", description: "A8/A9: 附件4 needs-help boxes" });
registerEnumType(SignOffRole, { name: "SignOffRole", description: "A8: 附件4 sign-off row" });
registerEnumType(CareCaseStatus, { name: "CareCaseStatus" });
registerEnumType(CareCaseClosure, { name: "CareCaseClosure" });
registerEnumType(ReferralStatus, { name: "ReferralStatus" });
registerEnumType(SocialServiceUnit, { name: "SocialServiceUnit", description: "A10: 社會局 care points and family service centre" });
registerEnumType(SocialNeed, { name: "SocialNeed" });
registerEnumType(HealthNeed, { name: "HealthNeed" });
registerEnumType(HealthServiceUnit, { name: "HealthServiceUnit", description: "A10: 健康服務中心 or 社區心理衛生中心" });
registerEnumType(ServiceContactMode, { name: "ServiceContactMode" });
registerEnumType(CivilAffairsNeed, { name: "CivilAffairsNeed", description: "A11/R4: the single cases 民政局 takes" });
registerEnumType(CivilAffairsServiceUnit, { name: "CivilAffairsServiceUnit", description: "A11: 民政局 serves its referrals itself" });
registerEnumType(PartnerNeed, { name: "PartnerNeed", description: "A9: 勞動局 (jobs, training), 教育局 (schooling)" });
registerEnumType(Role, { name: "Role" });
registerEnumType(ChildCareCategory, { name: "ChildCareCategory", description: "B1: the eight categories of 六歲以下弱勢兒童主動關懷方案" });
registerEnumType(ChildCareExclusionReason, { name: "ChildCareExclusionReason", description: "B2–B6, R7: why a notice is excluded before a social unit sees it" });
registerEnumType(SearchReason, { name: "SearchReason", description: "B2, B9: why the police are asked to search" });
registerEnumType(VaccinationReferralCondition, { name: "VaccinationReferralCondition", description: "B4 (a)–(d): why the child is referred to social units" });
registerEnumType(SearchOutcome, { name: "SearchOutcome", description: "B2, B9: the police's result" });
registerEnumType(ProtectionArticle, { name: "ProtectionArticle", description: "B10: 兒少權法 art. 53 (protection) or 54 (family in need of care)" });

export {
  ChildCareCategory,
  ChildCareExclusionReason,
  ProtectionArticle,
  SearchOutcome,
  SearchReason,
  VaccinationReferralCondition,
  CareCaseClosure,
  CareCaseStatus,
  CaseType,
  CivilAffairsNeed,
  CivilAffairsServiceUnit,
  HealthNeed,
  HealthServiceUnit,
  HelpNeed,
  Honorific,
  IdentityDocument,
  NewImmigrantRelation,
  OriginCountry,
  PartnerNeed,
  ReferralStatus,
  Role,
  ServiceContactMode,
  SignOffRole,
  Sex,
  SocialNeed,
  SocialServiceUnit,
  VisitDecision,
  VisitMode,
  VisitOutcome,
  VisitTimeSlot,
  WelcomeHandbook,
};
