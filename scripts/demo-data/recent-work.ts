import { Role } from "../../shared/auth/roles";
import { IsoDate } from "../../shared/calendar/iso-date";
import { now, setFakeNow, taipeiToday } from "../../shared/clock";
import { DISTRICT_CODES } from "../../shared/domain/districts";
import { RunningPlatform } from "../platform/run-platform";
import { formatAddress, villagesOf } from "./addresses";
import { Caller, callerFor, callGateway } from "./gateway-call";
import { CASE_STAGES, CaseStage, officeTime, TimedStep, workingDaysAfter, workingDaysBefore } from "./recent-work-plan";
import { DemoData, HouseholdRow, PersonRow } from "./rows";

/** What the replay left, for the start banner and the tests. */
export interface RecentWork {
  readonly cases: number;
  /** Consenting inquiries the household clerks still have to hand over (A4), by office. */
  readonly toHandOver: readonly { readonly office: string; readonly consentInquiryId: string }[];
  readonly ledgers: number;
}

/** The subjects `npm run token -- --role <ROLE>` signs, so the README's tokens see the demo's work. */
export const DEMO_SUBJECT = (role: Role): string => `demo-${role.toLowerCase()}`;
/** The 里幹事 a token covers by default: the first three villages of the district (scripts/token.ts). */
export const DEMO_VILLAGES = (district: string): string[] => villagesOf(district).slice(0, 3);

const RECORD = `mutation($input: RecordRegistrationInput!) { recordRegistration(input: $input) { consentInquiry { id } } }`;
const HAND_OVER = `mutation($date: LocalDate!) { handOverConsentInquiries(date: $date) { id } }`;
const ACKNOWLEDGE = `mutation($id: ID!) { acknowledgeHandoverLedger(ledgerId: $id) { careCases { id } } }`;
const ASSIGN = `mutation($id: ID!, $officer: String!) { assignVillageOfficer(careCaseId: $id, officerId: $officer, officerName: "里幹事") { id } }`;
const VISIT = `mutation($input: VisitAttemptInput!) { recordVisitAttempt(input: $input) { id } }`;
const DRAFT = `mutation($input: VisitRecordInput!) { draftVisitRecord(input: $input) { id requiredLevels } }`;
const SIGN = `mutation($id: ID!, $level: SignOffRole!, $name: String!) { signVisitRecord(id: $id, level: $level, signerName: $name) { id } }`;
const FILE = `mutation($id: ID!, $on: LocalDate!) { fileVisitRecord(id: $id, filedOn: $on) { id } }`;
const PURPOSE = "demo data";

interface DistrictCallers {
  readonly clerk: Caller;
  readonly officer: Caller;
  readonly villageOfficer: Caller;
}

/** One demo case on its way: the ids each step learns for the next. */
interface CaseInProgress {
  readonly district: string;
  readonly stage: CaseStage;
  readonly applied: IsoDate;
  readonly person: PersonRow;
  readonly household: HouseholdRow;
  readonly village: string;
  inquiryId?: string;
  ledgerId?: string;
  careCaseId?: string;
}

/** The demo's new immigrants of one district (household address), in a fixed order. */
function immigrantsOf(data: DemoData, district: string): { person: PersonRow; household: HouseholdRow }[] {
  const households = new Map(data.households.filter((household) => household.address.districtCode === district).map((household) => [household.id, household]));
  return data.persons
    .filter((person) => person.originCountry !== null && person.householdId !== null && households.has(person.householdId))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((person) => ({ person, household: households.get(person.householdId ?? "") as HouseholdRow }));
}

function stepsOf(gateway: string, platform: RunningPlatform, callers: DistrictCallers, item: CaseInProgress, latest: Date): TimedStep[] {
  const { stage, applied, district } = item;
  const at = (date: IsoDate, hours: number, minutes = 0): Date => officeTime(date, hours, minutes, latest);
  const call = <Data>(caller: Caller, query: string, variables: Record<string, unknown>): Promise<Data> => callGateway<Data>(gateway, caller, query, variables, PURPOSE);
  const { address } = item.household;
  const steps: TimedStep[] = [
    {
      // A1–A3: a move registered at the office, 附件1 answered with consent to a home visit.
      at: at(applied, stage.recordedAfterLedger === true ? 16 : 10, stage.recordedAfterLedger === true ? 30 : 0),
      run: async () => {
        const data = await call<{ recordRegistration: { consentInquiry: { id: string } } }>(callers.clerk, RECORD, {
          input: {
            caseType: "MOVE",
            registeredOn: applied,
            registrantId: item.person.id,
            newImmigrantId: item.person.id,
            consentInquiry: {
              respondentName: item.person.name,
              respondentHonorific: "MS",
              mobilePhone: item.person.mobilePhone,
              decision: "HOME_VISIT",
              immigrantConsents: true,
              immigrantAcceptsMaterials: true,
              appliedOn: applied,
              visitAddress: { ...address, village: item.village },
              clerkName: "戶政承辦",
              clerkPhone: "02-2341-0000",
            },
          },
        });
        item.inquiryId = data.recordRegistration.consentInquiry.id;
      },
    },
  ];
  if (!stage.handedOver) {
    return steps;
  }
  steps.push({
    // A4: the day's 附件3 sealed at 16:00; household's outbox delivers it in the next phase (D3).
    at: at(applied, 16),
    run: async () => {
      const data = await call<{ handOverConsentInquiries: { id: string }[] }>(callers.clerk, HAND_OVER, { date: applied });
      item.ledgerId = data.handOverConsentInquiries[0]?.id;
      if (item.ledgerId === undefined) {
        throw new Error(`the demo case "${stage.name}" of ${district} was not handed over`);
      }
    },
  });
  steps.push({ at: at(applied, 16), phase: DELIVERY_PHASE, run: () => deliverLedgers(platform) });
  if (stage.acknowledgedAfter !== undefined) {
    const day = workingDaysAfter(applied, stage.acknowledgedAfter);
    steps.push({
      at: at(day, 9, 30),
      run: async () => {
        // One form per demo ledger: its case is the one the later steps work on.
        const data = await call<{ acknowledgeHandoverLedger: { careCases: { id: string }[] } }>(callers.officer, ACKNOWLEDGE, { id: item.ledgerId });
        item.careCaseId = data.acknowledgeHandoverLedger.careCases[0]?.id;
      },
    });
    if (stage.assigned === true) {
      steps.push({ at: at(day, 10), run: async () => void (await call(callers.officer, ASSIGN, { id: item.careCaseId, officer: DEMO_SUBJECT(Role.VILLAGE_OFFICER) })) });
    }
  }
  if (stage.visitedAfter !== undefined) {
    const visitedOn = workingDaysAfter(applied, stage.visitedAfter);
    steps.push({
      at: at(visitedOn, 14),
      run: async () => void (await call(callers.villageOfficer, VISIT, { input: { careCaseId: item.careCaseId, attemptedOn: visitedOn, mode: "HOME", met: true } })),
    });
    if (stage.filedAfter !== undefined) {
      const filedOn = workingDaysAfter(applied, stage.filedAfter);
      steps.push({
        at: at(filedOn, 10),
        run: async () => {
          // A8 (issue #9): the 里幹事 hands 附件4 in and signs first; 人文課 enters the other levels' signatures and files it.
          const { draftVisitRecord } = await call<{ draftVisitRecord: { id: string; requiredLevels: string[] } }>(callers.villageOfficer, DRAFT, {
            input: {
              careCaseId: item.careCaseId,
              visitedOn,
              visitedPersonName: item.person.name,
              visitedPersonAddress: formatAddress({ ...address, village: item.village }),
              ...(stage.referred === true ? REFERRED_RECORD : WELL_RECORD),
            },
          });
          for (const level of draftVisitRecord.requiredLevels) {
            const signer = level === "VILLAGE_OFFICER" ? callers.villageOfficer : callers.officer;
            await call(signer, SIGN, { id: draftVisitRecord.id, level, name: level === "VILLAGE_OFFICER" ? "里幹事" : "人文課承辦" });
          }
          await call(callers.officer, FILE, { id: draftVisitRecord.id, on: filedOn });
        },
      });
      if (stage.referred === true) {
        // D3: the district's outbox delivers the referrals the filing sent, as its job would.
        steps.push({ at: at(filedOn, 10), phase: DELIVERY_PHASE, run: () => dispatchOutbox(platform, "district") });
      }
    }
  }
  return steps;
}

/** After the steps of an instant: household's outbox delivering what they handed over. */
const DELIVERY_PHASE = 1;

/** A subgraph's outbox, one pass now (the seed runs before the job loops start); one at a time (the seed's whole delivery phase). */
async function dispatchOutbox(platform: RunningPlatform, subgraph: "household" | "district"): Promise<void> {
  const job = platform.subgraphs.get(subgraph)?.jobs.get("outbox-dispatch");
  if (job === undefined) {
    throw new Error(`${subgraph} has no outbox-dispatch job`);
  }
  await job.runOnce();
}

/** Household's outbox delivering the round's ledgers. */
function deliverLedgers(platform: RunningPlatform): Promise<void> {
  return dispatchOutbox(platform, "household");
}

/** 附件4 of a visit where all is well (A8): the case closes at filing. */
const WELL_RECORD = { outcome: "ALL_WELL", needs: [], handling: "家庭生活適應良好，已提供新住民服務資訊" } as const;

/**
 * 附件4 of a visit that found needs for 民政局 (A11: interpreting), 勞動局 (jobs) and 教育局 (schooling,
 * seed 001's three smaller columns): one referral per ticked box, each with that agency's own need (A9).
 */
const REFERRED_RECORD = {
  outcome: "NEEDS_HELP",
  needs: ["CIVIL_AFFAIRS_BUREAU", "LABOUR_BUREAU", "EDUCATION_BUREAU"],
  referrals: [
    { target: "CIVIL_AFFAIRS_BUREAU", needs: ["INTERPRETING"], description: "需越南語通譯協助就醫與洽公" },
    { target: "LABOUR_BUREAU", needs: ["JOBS"], description: "希望就業，需職業媒合" },
    { target: "EDUCATION_BUREAU", needs: ["SCHOOLING"], description: "子女入學需協助" },
  ],
  mattersRaised: "希望找工作、孩子入學，看診需要通譯",
  handling: "已於系統轉介民政局、勞動局及教育局",
} as const;

/**
 * Issue #8's demo: the last two weeks of programme A in every district, replayed step by step
 * through the gateway by the role that does each step (the same mutations, services, deadlines,
 * outbox and notifications as in use), so that the clerk, 人文課, the 里幹事 and 民政局 log in to
 * work in their inboxes. Each step is stamped by the platform's clock (shared/clock), so the
 * replay sets that clock to the step's instant — working days counted back from today on the
 * office calendar — and gives it back to the system after. It must run before the platform serves
 * anyone and before its background jobs start (scripts/start.ts), which see the same clock.
 */
export async function seedRecentWork(platform: RunningPlatform, data: DemoData): Promise<RecentWork> {
  const start = now();
  const today = taipeiToday();
  const gateway = platform.gateway.url;
  const cases: CaseInProgress[] = [];
  const steps: TimedStep[] = [];
  for (const district of DISTRICT_CODES) {
    const callers: DistrictCallers = {
      clerk: await callerFor(Role.HOUSEHOLD_CLERK, district, DEMO_SUBJECT(Role.HOUSEHOLD_CLERK)),
      officer: await callerFor(Role.DISTRICT_CASE_OFFICER, district, DEMO_SUBJECT(Role.DISTRICT_CASE_OFFICER)),
      villageOfficer: await callerFor(Role.VILLAGE_OFFICER, district, DEMO_SUBJECT(Role.VILLAGE_OFFICER), DEMO_VILLAGES(district)),
    };
    const immigrants = immigrantsOf(data, district);
    const villages = DEMO_VILLAGES(district);
    for (const [index, stage] of CASE_STAGES.entries()) {
      const immigrant = immigrants[index];
      if (immigrant === undefined) {
        // A small demo (DEMO_PERSONS of a few dozen) has too few families in some districts.
        break;
      }
      const item: CaseInProgress = { district, stage, applied: workingDaysBefore(today, stage.appliedBack), ...immigrant, village: villages[index % villages.length] };
      cases.push(item);
      steps.push(...stepsOf(gateway, platform, callers, item, start));
    }
  }
  // The 12 districts work at once: the steps of one instant and phase run together, phases in order.
  const rounds = new Map<string, TimedStep[]>();
  for (const step of [...steps].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.phase ?? 0) - (b.phase ?? 0))) {
    const key = `${step.at.toISOString()}#${step.phase ?? 0}`;
    rounds.set(key, [...(rounds.get(key) ?? []), step]);
  }
  try {
    for (const round of rounds.values()) {
      setFakeNow(round[0].at);
      // One delivery per round: a pass delivers every ledger the round handed over.
      await Promise.all((round[0].phase === DELIVERY_PHASE ? round.slice(0, 1) : round).map((step) => step.run()));
    }
  } finally {
    setFakeNow(null);
  }
  return {
    cases: cases.length,
    toHandOver: cases.filter((item) => !item.stage.handedOver && item.inquiryId !== undefined).map((item) => ({ office: item.district, consentInquiryId: item.inquiryId as string })),
    ledgers: new Set(cases.map((item) => item.ledgerId).filter((id) => id !== undefined)).size,
  };
}
