import { AREA, CASE_TYPE, cloneRows, CloneSpec, DAY, idOf, instantOn, Run } from "./statistics-rows";

/**
 * How seed 001's cases spread (A12), per case number g: 15% declined (recorded, not handed over),
 * 85% handed over to the district, 60% visited (10,654 / 17,974 ≈ 59%), ~3% referred to 社會局
 * (531) and ~0.2% to 衛生局 (29).
 */
const CONSENTED = `"g" % 20 >= 3`;
const VISITED = `"g" % 20 >= 8`;
const SOCIAL = `"g" % 34 = 0`;
const HEALTH = `"g" % 600 = 0`;
const DECISION = `CASE WHEN "g" % 20 < 3 THEN 'DECLINED' WHEN "g" % 20 < 12 THEN 'HOME_VISIT' ELSE 'PHONE_VISIT' END`;

const deadline = (subjectType: string, subjectKind: string, step: string, dueDays: number, where: string): CloneSpec => ({
  schema: "",
  table: "deadlines",
  template: `"t"."subject_type" = '${subjectType}' AND "t"."step" = '${step}'`,
  set: { id: null, subject_id: `${idOf(subjectKind)}::text`, due_at: instantOn(dueDays, 12), updated_at: "now()", created_at: "now()" },
  where,
});

/** Each agency's tables that its statistics read, in insert order (a row's parent first). */
export const POPULATION: Readonly<Record<string, readonly CloneSpec[]>> = {
  household: [
    {
      schema: "household",
      table: "registrations",
      template: "true",
      set: { id: idOf("registration"), registered_on: DAY, office_code: AREA, case_type: CASE_TYPE, created_at: "now()" },
    },
    {
      schema: "household",
      table: "consent_inquiries",
      template: "true",
      set: {
        id: idOf("inquiry"),
        registration_id: idOf("registration"),
        office_code: AREA,
        case_type: CASE_TYPE,
        decision: DECISION,
        applied_on: DAY,
        created_at: "now()",
        handover_ledger_id: "NULL",
        correction_care_case_id: "NULL",
        correction_request_key: "NULL",
      },
    },
    { ...deadline("ConsentInquiry", "inquiry", "HANDOVER", 1, CONSENTED), schema: "household" },
  ],
  district: [
    {
      schema: "district",
      table: "care_cases",
      template: "true",
      set: {
        id: idOf("case"),
        client_key: `'bench-case-' || "g"`,
        consent_inquiry_id: idOf("inquiry"),
        handover_ledger_id: "NULL",
        correction_key: "NULL",
        case_type: CASE_TYPE,
        receiving_office_code: AREA,
        visit_district_code: AREA,
        household_district_code: AREA,
        handed_over_at: instantOn(1, 11),
        created_at: "now()",
      },
      where: CONSENTED,
    },
    {
      schema: "district",
      table: "visit_attempts",
      template: "true",
      set: { id: idOf("attempt"), care_case_id: idOf("case"), attempt_number: "1", attempted_on: `${DAY} + 5`, created_at: "now()" },
      where: VISITED,
    },
    ...[
      ["ACKNOWLEDGEMENT", 2],
      ["HOME_VISIT", 7],
      ["VISIT_RECORD", 9],
    ].map(([step, days]) => ({ ...deadline("CareCase", "case", step as string, days as number, CONSENTED), schema: "district" })),
  ],
  social: [
    {
      schema: "social",
      table: "referrals",
      template: "true",
      set: { id: idOf("social"), client_key: `'bench-social-' || "g"`, care_case_id: idOf("case"), referring_district_code: AREA, referred_on: `${DAY} + 6`, received_at: instantOn(6, 15), created_at: "now()" },
      where: `${VISITED} AND ${SOCIAL}`,
    },
  ],
  health: [
    {
      schema: "health",
      table: "referrals",
      template: "true",
      set: { id: idOf("health"), client_key: `'bench-health-' || "g"`, care_case_id: idOf("case"), referring_district_code: AREA, referred_on: `${DAY} + 6`, received_at: instantOn(6, 15), created_at: "now()" },
      where: `${VISITED} AND ${HEALTH}`,
    },
  ],
};

/** Writes cases from..to into every agency's tables; the rows written per table. */
export async function populate(runs: ReadonlyMap<string, Run>, from: number, to: number): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  for (const [agency, specs] of Object.entries(POPULATION)) {
    const run = runs.get(agency);
    if (run === undefined) {
      throw new Error(`No database for ${agency}`);
    }
    for (const spec of specs) {
      const key = `${spec.schema}.${spec.table}`;
      written[key] = (written[key] ?? 0) + (await cloneRows(run, spec, from, to));
    }
  }
  return written;
}
