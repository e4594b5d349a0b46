import { randomUUID } from "crypto";
import type { DataSource } from "typeorm";
import { generateNationalId, generateResidentCertificateNumber } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { addDays, daysBetween } from "../../shared/calendar/iso-date";
import { taipeiInstant } from "../../shared/calendar/taipei-time";
import { now, setFakeNow } from "../../shared/clock";
import { TAIPEI_DISTRICTS } from "../../shared/domain/districts";
import { villagesOf } from "../../shared/domain/villages";
import { CaseType, HealthNeed, HelpNeed, Honorific, NewImmigrantRelation, OriginCountry, SocialNeed, Sex, VisitDecision, VisitMode, VisitOutcome } from "../../shared/graphql/enums";
import type { DispatchReport } from "../../shared/outbox/dispatcher";
import { acknowledgeHandoverLedger, receiveHandoverLedger } from "../../subgraphs/district/handover-ledger/handover-ledger.service";
import { OUTBOX_DISPATCH_JOB } from "../../subgraphs/district/jobs";
import { ReferralTarget } from "../../subgraphs/district/referral/case-referral.entity";
import { recordVisitAttempts } from "../../subgraphs/district/visit-attempt/visit-attempt.service";
import { registerHousehold, registerPerson } from "../../subgraphs/household/person/person.service";
import { RecordRegistrationInput } from "../../subgraphs/household/registration/registration.input";
import { recordRegistrations } from "../../subgraphs/household/registration/registration.service";
import type { TestPlatform } from "./platform";
import { draftSignAndFileDirectly } from "./visit-record-work";

/** Seed 001 (A12): 2015-06-01 … 2018-12-31, table 1's case types in its column order, and the visited count. */
export const SEED_001 = {
  from: "2015-06-01",
  to: "2018-12-31",
  caseTypes: [
    [CaseType.BIRTH, 3283],
    [CaseType.MARRIAGE, 5898],
    [CaseType.DIVORCE, 1404],
    [CaseType.DEATH, 270],
    [CaseType.MOVE, 4052],
    [CaseType.ADOPTION, 48],
    [CaseType.FIRST_REGISTRATION, 544],
    [CaseType.OTHER, 2475],
  ] as const,
  recorded: 17974,
  visited: 10654,
  /** A12's 640 referred, per target agency (issue #9: all five are referred through the system). */
  referred: { social: 531, health: 29, labour: 53, education: 20, civilAffairs: 7 },
} as const;

/** What the fixture wrote: the counts the report must give back. */
export interface Seed001Built {
  readonly recorded: Record<string, number>;
  readonly visited: number;
  readonly referred: { social: number; health: number; labour: number; education: number; civilAffairs: number };
  /** Needs named on the referrals, per agency (a social referral names one or two). */
  readonly needs: { social: Record<string, number>; health: Record<string, number> };
  /** Milliseconds spent in each write path: registrations, ledgers (intake and acknowledgement), attempts, refer (附件4 drafted, signed, filed), dispatch. */
  readonly phases: Readonly<Record<string, number>>;
}

/** Which targets the visited case of this index is referred to: spread over the visited, and sometimes both (A12). */
/** Each target and the agency it counts under (A12's sentence). */
const AGENCY_OF: Readonly<Record<ReferralTarget, keyof Seed001Built["referred"]>> = {
  [ReferralTarget.SOCIAL_WELFARE_BUREAU]: "social",
  [ReferralTarget.HEALTH_BUREAU]: "health",
  [ReferralTarget.LABOUR_BUREAU]: "labour",
  [ReferralTarget.EDUCATION_BUREAU]: "education",
  [ReferralTarget.CIVIL_AFFAIRS_BUREAU]: "civilAffairs",
};

function targetsOf(index: number, visited: number, scale: number): ReferralTarget[] {
  // Each target spread on its own over the visited cases (a rotation of the index: still exactly its count).
  return (Object.keys(AGENCY_OF) as ReferralTarget[]).filter((target, position) =>
    spread((index + position * 97) % visited, Math.round(SEED_001.referred[AGENCY_OF[target]] * scale), visited),
  );
}

const HELP_BOX: Record<ReferralTarget, HelpNeed> = {
  [ReferralTarget.SOCIAL_WELFARE_BUREAU]: HelpNeed.SOCIAL_WELFARE_BUREAU,
  [ReferralTarget.HEALTH_BUREAU]: HelpNeed.HEALTH_BUREAU,
  [ReferralTarget.CIVIL_AFFAIRS_BUREAU]: HelpNeed.CIVIL_AFFAIRS_BUREAU,
  [ReferralTarget.LABOUR_BUREAU]: HelpNeed.LABOUR_BUREAU,
  [ReferralTarget.EDUCATION_BUREAU]: HelpNeed.EDUCATION_BUREAU,
};

function needsOf(target: ReferralTarget, index: number): string[] {
  if (target === ReferralTarget.HEALTH_BUREAU) {
    return [HealthNeed.NEWBORN_CARE];
  }
  // A12: labour "就業、職訓", education "就學", civil affairs "通譯個案轉介".
  if (target === ReferralTarget.LABOUR_BUREAU) {
    return index % 2 === 0 ? ["JOBS"] : ["TRAINING"];
  }
  if (target === ReferralTarget.EDUCATION_BUREAU) {
    return ["SCHOOLING"];
  }
  if (target === ReferralTarget.CIVIL_AFFAIRS_BUREAU) {
    return ["INTERPRETING"];
  }
  return index % 3 === 0 ? [SocialNeed.FAMILY_RELATIONSHIP, SocialNeed.DIVORCE] : [SocialNeed.FAMILY_RELATIONSHIP];
}

function dataSourceOf(platform: TestPlatform, name: string): DataSource {
  const dataSource = platform.platform.subgraphs.get(name)?.database.dataSource;
  if (dataSource === undefined) {
    throw new Error(`No subgraph ${name}`);
  }
  return dataSource;
}

/** Exactly `selected` of `total` indexes, spread evenly (Bresenham), so every month and office gets its share. */
function spread(index: number, selected: number, total: number): boolean {
  return Math.floor(((index + 1) * selected) / total) > Math.floor((index * selected) / total);
}

/**
 * Issue #10: seed 001's data set built through the platform's own write paths — the services behind
 * registerHousehold, registerPerson, recordRegistration (household), receiveHandoverLedger,
 * acknowledgeHandoverLedger, recordVisitAttempt, draftVisitRecord, signVisitRecord and fileVisitRecord (district), called
 * in-process for speed, through their set-based entry points where the services have one (the
 * single mutations call them with one row): an office's registrations in one recordRegistrations,
 * a ledger's attempts in one recordVisitAttempts, a 附件4's signatures in one signVisitRecordLevels;
 * and the district's outbox, run once per month (every office's ledger of a month is handed over
 * on the month's last day), delivering each referral through the gateway to
 * the five receivers' intakes (D3) — never by table inserts. A referred case is referred on its
 * visit day: the clock is set to that day for the referral and its delivery (the receivers count
 * by the day they received it), and set back after. `scale` (0–1] shrinks every count alike for a quick run; 1 is the seed's.
 * The caller sets the clock after the period (no date may be in the future).
 */
export async function buildSeed001(platform: TestPlatform, scale = 1): Promise<Seed001Built> {
  const household = dataSourceOf(platform, "household");
  const district = dataSourceOf(platform, "district");
  const rng = new SeededRandom("seed-001-statistics-fixture");
  const days = daysBetween(SEED_001.from, SEED_001.to) + 1;
  // One family per office, named again by each registration of the office (A1: one row per registration).
  const families = [];
  for (const office of TAIPEI_DISTRICTS) {
    const village = villagesOf(office.code)[0];
    const home = await registerHousehold(household, {
      householdNumber: `${office.householdNumberPrefix}${String(rng.int(0, 9_999_999)).padStart(7, "0")}`,
      address: { districtCode: office.code, village, neighbourhood: 3, road: "統計路", section: null, lane: null, alley: null, number: "1", floor: null },
    });
    const spouse = await registerPerson(household, { name: "統計甲", sex: Sex.MALE, birthDate: "1970-01-01", idNumber: generateNationalId(rng, Sex.MALE), householdId: home.id }, office.code);
    const immigrant = await registerPerson(
      household,
      { name: "統計乙", sex: Sex.FEMALE, birthDate: "1975-01-01", idNumber: generateResidentCertificateNumber(rng, Sex.FEMALE), originCountry: OriginCountry.VIETNAM, householdId: home.id },
      office.code,
    );
    families.push({ office: office.code, village, spouseId: spouse.id, immigrantId: immigrant.id });
  }
  // Where the build's time goes, per write path (ms), for the test's output (issue #10: profiled first).
  const phases: Record<string, number> = {};
  const tick = (phase: string, since: number): void => {
    phases[phase] = (phases[phase] ?? 0) + Date.now() - since;
  };
  let t0 = Date.now();
  const types = SEED_001.caseTypes.flatMap(([caseType, count]) => Array.from({ length: Math.round(count * scale) }, () => caseType));
  const visitedTarget = Math.round(SEED_001.visited * scale);
  const recorded: Record<string, number> = {};
  // Consenting forms by office and month: the month's 附件3 ledger to the visit district (A4, A5).
  const ledgers = new Map<string, { office: string; month: string; entries: { registrationId: string; caseType: CaseType; mode: VisitMode; appliedOn: string }[] }>();
  // Issue #10: each office's registrations through the batch write path (recordRegistrations), in index order.
  const byOffice = new Map<string, { input: RecordRegistrationInput; caseType: CaseType; registeredOn: string; visited: boolean; mode: VisitMode }[]>();
  for (const [index, caseType] of types.entries()) {
    const family = families[index % families.length];
    const registeredOn = addDays(SEED_001.from, Math.floor((index * days) / types.length));
    const visited = spread(index, visitedTarget, types.length);
    const mode = index % 5 === 0 ? VisitMode.PHONE : VisitMode.HOME;
    const decision = !visited ? VisitDecision.DECLINED : mode === VisitMode.PHONE ? VisitDecision.PHONE_VISIT : VisitDecision.HOME_VISIT;
    const input: RecordRegistrationInput = {
      caseType,
      registeredOn,
      registrantId: family.spouseId,
      newImmigrantId: family.immigrantId,
      // A1: the Taiwanese spouse registers; at a death she is the surviving spouse.
      newImmigrantRelation: caseType === CaseType.DEATH ? NewImmigrantRelation.SURVIVING_SPOUSE : NewImmigrantRelation.REGISTRANT_SPOUSE,
      consentInquiry: {
        respondentName: "統計甲",
        respondentHonorific: Honorific.MR,
        decision,
        immigrantConsents: visited,
        immigrantAcceptsMaterials: visited,
        appliedOn: registeredOn,
        clerkName: "戶政承辦",
        clerkPhone: "02-2341-0000",
      },
    };
    const rows = byOffice.get(family.office) ?? [];
    rows.push({ input, caseType, registeredOn, visited, mode });
    byOffice.set(family.office, rows);
  }
  for (const [office, rows] of byOffice) {
    const registrations = await recordRegistrations(
      household,
      rows.map((row) => row.input),
      office,
    );
    for (const [position, row] of rows.entries()) {
      recorded[row.caseType] = (recorded[row.caseType] ?? 0) + 1;
      if (row.visited) {
        const key = `${office}:${row.registeredOn.slice(0, 7)}`;
        const ledger = ledgers.get(key) ?? { office, month: row.registeredOn.slice(0, 7), entries: [] };
        ledger.entries.push({ registrationId: registrations[position].id, caseType: row.caseType, mode: row.mode, appliedOn: row.registeredOn });
        ledgers.set(key, ledger);
      }
    }
  }
  tick("registrations", t0);
  const inquiries = new Map(
    ((await household.query(`SELECT "id", "registration_id" FROM "household"."consent_inquiries"`)) as { id: string; registration_id: string }[]).map((row) => [row.registration_id, row.id]),
  );
  const after = now();
  const referred = { social: 0, health: 0, labour: 0, education: 0, civilAffairs: 0 };
  const needs: Seed001Built["needs"] = { social: {}, health: {} };
  let visitedCount = 0;
  // By month, then office: the order the months went by. Every office's ledger of a month is handed over on its last day.
  const months = new Map<string, (typeof ledgers extends Map<string, infer L> ? L : never)[]>();
  for (const ledger of [...ledgers.values()].sort((a, b) => a.month.localeCompare(b.month) || a.office.localeCompare(b.office))) {
    months.set(ledger.month, [...(months.get(ledger.month) ?? []), ledger]);
  }
  for (const monthLedgers of months.values()) {
  let referring = false;
  let handedOverOn = "";
  for (const ledger of monthLedgers) {
    const family = families.find((each) => each.office === ledger.office);
    const lastDay = addDays(`${ledger.month}-01`, 40).slice(0, 7);
    handedOverOn = addDays(`${lastDay}-01`, -1);
    const ledgerId = randomUUID();
    t0 = Date.now();
    await receiveHandoverLedger(district, {
      clientKey: `seed-001:${ledger.office}:${ledger.month}`,
      ledgerId,
      office: ledger.office,
      receivingDistrict: ledger.office,
      ledgerDate: handedOverOn,
      handedOverAt: taipeiInstant(handedOverOn, 10),
      entries: ledger.entries.map((entry) => ({
        consentInquiryId: inquiries.get(entry.registrationId) ?? "",
        personId: family?.immigrantId ?? "",
        caseType: entry.caseType,
        visitDistrict: ledger.office,
        householdDistrict: ledger.office,
        village: family?.village ?? "",
        requestedMode: entry.mode,
        appliedOn: entry.appliedOn,
      })),
    });
    await acknowledgeHandoverLedger(district, { subject: "seed-001", role: Role.DISTRICT_CASE_OFFICER, org: ledger.office, villages: [] }, ledgerId);
    tick("ledgers", t0);
    const cases = (await district.query(`SELECT "id", "requested_mode" FROM "district"."care_cases" WHERE "handover_ledger_id" = $1`, [ledgerId])) as { id: string; requested_mode: VisitMode }[];
    // R6: visited = at least one attempt, home or phone; met, so no closure. The ledger's attempts in one batch (issue #10).
    t0 = Date.now();
    await recordVisitAttempts(
      district,
      { subject: "seed-001", role: Role.VILLAGE_OFFICER, org: ledger.office, villages: [] },
      cases.map((careCase) => ({ careCaseId: careCase.id, attemptedOn: handedOverOn, mode: careCase.requested_mode, met: true })),
    );
    tick("attempts", t0);
    for (const careCase of cases) {
      const targets = targetsOf(visitedCount, visitedTarget, scale);
      if (targets.length > 0) {
        const index = visitedCount;
        referring = true;
        setFakeNow(taipeiInstant(handedOverOn, 15));
        t0 = Date.now();
        await referVisited(district, { careCaseId: careCase.id, office: ledger.office, visitedOn: handedOverOn, targets, index });
        tick("refer", t0);
        for (const target of targets) {
          const agency = AGENCY_OF[target];
          referred[agency] += 1;
          if (agency === "social" || agency === "health") {
            for (const need of needsOf(target, index)) {
              needs[agency][need] = (needs[agency][need] ?? 0) + 1;
            }
          }
        }
      }
      visitedCount += 1;
    }
  }
    if (referring) {
      // D3: the month's referrals, delivered on their day through the gateway by the district's dispatcher.
      t0 = Date.now();
      while (((await platform.runJob("district", OUTBOX_DISPATCH_JOB)) as DispatchReport).delivered > 0) {
        // Each pass delivers up to its bound; the next finds the rest.
      }
      setFakeNow(after);
      tick("dispatch", t0);
    }
  }
  return { recorded, visited: visitedCount, referred, needs, phases };
}

/**
 * A9: the visited case's 附件4 ticking the targets' boxes, with one referral planned per box, is
 * signed and filed by 人文課; filing refers it to each (issue #9, D3: into the district's outbox).
 */
async function referVisited(
  district: DataSource,
  visit: { careCaseId: string; office: string; visitedOn: string; targets: ReferralTarget[]; index: number },
): Promise<void> {
  const officer = { subject: "seed-001", role: Role.DISTRICT_CASE_OFFICER, org: visit.office, villages: [] };
  await draftSignAndFileDirectly(
    district,
    officer,
    {
      careCaseId: visit.careCaseId,
      visitedOn: visit.visitedOn,
      visitedPersonName: "統計乙",
      visitedPersonAddress: "統計路1號",
      outcome: VisitOutcome.NEEDS_HELP,
      needs: visit.targets.map((target) => HELP_BOX[target]),
      referrals: visit.targets.map((target) => ({ target, needs: needsOf(target, visit.index) })),
    },
    visit.visitedOn,
  );
}
