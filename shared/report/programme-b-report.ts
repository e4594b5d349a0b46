import { ChildCareCategory, ChildCareExclusionReason, VaccinationReferralCondition } from "../domain/child-care";
import { findDistrict } from "../domain/districts";
import { SocialServiceUnit } from "../domain/enums";
import { findPrecinct } from "../domain/police-precincts";
import type { Figure } from "./care-report.model";
import type { ReportCell, ReportTable } from "./care-report.query";
import { PROGRAMME_B_STEPS } from "./programme-b-query";

export interface LabelledFigure {
  readonly label: string;
  readonly figure: Figure;
}

/** One step at one unit (B12): its outcomes in OUTCOME_HEADINGS' order, and their total. */
export interface StepRow {
  readonly step: string;
  readonly unit: string;
  readonly figures: readonly Figure[];
  readonly total: Figure;
}

/** 六歲以下弱勢兒童主動關懷方案's figures of the period (issue #12), ready for any format. */
export interface ProgrammeBReport {
  readonly categories: readonly LabelledFigure[];
  readonly exclusions: readonly LabelledFigure[];
  readonly caseStates: readonly LabelledFigure[];
  readonly referralConditions: readonly LabelledFigure[];
  /** Each table's total, in the order above. */
  readonly totals: { readonly categories: Figure; readonly exclusions: Figure; readonly caseStates: Figure; readonly referralConditions: Figure };
  readonly steps: readonly StepRow[];
}

/** B1's eight, in 004 §三's order, as the programme names them. */
export const CATEGORY_HEADINGS: readonly { readonly value: ChildCareCategory; readonly label: string }[] = [
  { value: ChildCareCategory.EX_OFFICIO_BIRTH, label: "(1) 戶政機關逕為出生登記者" },
  { value: ChildCareCategory.EX_OFFICIO_MOVE, label: "(2) 戶政機關逕遷戶籍至戶政事務所者" },
  { value: ChildCareCategory.OVERDUE_VACCINATION, label: "(3) 逾期未完成預防接種者" },
  { value: ChildCareCategory.UNINSURED, label: "(4) 未納入全民健保逾一年者" },
  { value: ChildCareCategory.NOT_ENROLLED, label: "(5) 國小新生未依規定入學者" },
  { value: ChildCareCategory.PARENT_IN_CUSTODY, label: "(6) 矯正機關收容人子女" },
  { value: ChildCareCategory.TEEN_PARENT, label: "(7) 父或母為未滿20歲者" },
  { value: ChildCareCategory.LOW_INCOME_DISABILITY, label: "(8) 領有精神或智能類身心障礙證明之低收入戶及中低收入戶之子女" },
];

export const EXCLUSION_HEADINGS: readonly { readonly value: ChildCareExclusionReason; readonly label: string }[] = [
  { value: ChildCareExclusionReason.EMIGRATED, label: "已出境" },
  { value: ChildCareExclusionReason.OVER_AGE, label: "篩檢日已滿7歲" },
  { value: ChildCareExclusionReason.ALREADY_SERVED, label: "已有服務體系之家戶" },
];

/** Social's child-care case states (its own values, B9). */
export const CASE_STATE_HEADINGS: readonly { readonly value: string; readonly label: string }[] = [
  { value: "OPEN", label: "處理中" },
  { value: "IN_REVIEW", label: "送結案審查" },
  { value: "CLOSED", label: "已結案" },
];

/** B4 (a)–(d), as seed 003 numbers them (1)–(4). */
export const CONDITION_HEADINGS: readonly { readonly value: VaccinationReferralCondition; readonly label: string }[] = [
  { value: VaccinationReferralCondition.A_PROTECTION_CONCERN, label: "(1) 訪視初步評估疑似兒童保護情事" },
  { value: VaccinationReferralCondition.B_IN_SERVICE_OR_MISSING, label: "(2) 脆弱家庭平台服務中或列為行方不明" },
  { value: VaccinationReferralCondition.C_REFUSED_AND_NOT_SIGNED, label: "(3) 家長拒絕接種且拒簽聲明書" },
  { value: VaccinationReferralCondition.D_NOT_FOUND, label: "(4) 查無個案且無居住事實" },
];

/** B12: a step's outcomes (shared/statistics' DeadlineOutcome), as the report prints them. */
export const OUTCOME_HEADINGS: readonly { readonly value: string; readonly label: string }[] = [
  { value: "MET_ON_TIME", label: "如期完成" },
  { value: "MET_LATE", label: "逾期完成" },
  { value: "BREACHED", label: "逾期未完成" },
  { value: "OPEN", label: "尚未到期" },
];

const CARE_POINT_NAMES: Readonly<Record<SocialServiceUnit, string>> = {
  [SocialServiceUnit.EAST_CARE_POINT]: "社會局東區關懷據點",
  [SocialServiceUnit.WEST_CARE_POINT]: "社會局西區關懷據點",
  [SocialServiceUnit.SOUTH_CARE_POINT]: "社會局南區關懷據點",
  [SocialServiceUnit.NORTH_CARE_POINT]: "社會局北區關懷據點",
  [SocialServiceUnit.FAMILY_SERVICE_CENTRE]: "新移民婦女暨家庭服務中心",
};

/** A unit's name: a care point, a precinct (分局), or a district's 健康服務中心; its code if none of these. */
export function unitName(code: string): string {
  const carePoint = CARE_POINT_NAMES[code as SocialServiceUnit] as string | undefined;
  const district = findDistrict(code);
  return carePoint ?? findPrecinct(code)?.name ?? (district === undefined ? code : `${district.name}健康服務中心`);
}

const ZERO: Figure = { count: 0, suppressed: false };

function figureOf(cell: ReportCell | undefined): Figure {
  return cell === undefined ? ZERO : { count: cell.count, suppressed: cell.suppressed };
}

function labelled(table: ReportTable, by: keyof ReportCell, headings: readonly { readonly value: string; readonly label: string }[]): LabelledFigure[] {
  return headings.map((heading) => ({ label: heading.label, figure: figureOf((table.cells ?? []).find((cell) => cell[by] === heading.value)) }));
}

/** The unit of a step kept by no unit (B2, B9: the district offices' follow-up, by household district only). */
export const DISTRICT_OFFICES = "各區公所";

/**
 * The step rows of one table: one per unit it has cells for, in the units' order. A table kept by
 * no unit (its cells' unit null) is one row, all the offices together, its total the table's.
 */
function stepRows(step: string, table: ReportTable): StepRow[] {
  const cells = table.cells ?? [];
  if (cells.length > 0 && cells.every((cell) => (cell.unit ?? null) === null)) {
    return [{ step, unit: DISTRICT_OFFICES, figures: OUTCOME_HEADINGS.map((heading) => figureOf(cells.find((cell) => cell.outcome === heading.value))), total: figureOf(table.total) }];
  }
  const units = [...new Set(cells.map((cell) => cell.unit ?? ""))].sort();
  return units.map((unit) => ({
    step,
    unit: unitName(unit),
    figures: OUTCOME_HEADINGS.map((heading) => figureOf(cells.find((cell) => cell.unit === unit && cell.outcome === heading.value))),
    total: figureOf((table.totals ?? []).find((cell) => cell.unit === unit && (cell.outcome ?? null) === null)),
  }));
}

/** The answer's two aliases laid out; `table` throws where an agency did not answer (no half report). */
export function programmeBReportOf(table: (part: "programmeB" | "programmeBByUnit", field: string) => ReportTable): ProgrammeBReport {
  const children = table("programmeB", "childCareChildren");
  const exclusions = table("programmeB", "childCareExclusions");
  const cases = table("programmeB", "childCareCases");
  const referrals = table("programmeB", "vaccinationReferrals");
  return {
    categories: labelled(children, "category", CATEGORY_HEADINGS),
    exclusions: labelled(exclusions, "exclusionReason", EXCLUSION_HEADINGS),
    caseStates: labelled(cases, "caseState", CASE_STATE_HEADINGS),
    referralConditions: labelled(referrals, "referralCondition", CONDITION_HEADINGS),
    totals: { categories: figureOf(children.total), exclusions: figureOf(exclusions.total), caseStates: figureOf(cases.total), referralConditions: figureOf(referrals.total) },
    steps: PROGRAMME_B_STEPS.flatMap((step) => stepRows(step.label, table("programmeBByUnit", step.field))),
  };
}
