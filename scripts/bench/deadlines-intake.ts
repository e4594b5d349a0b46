import { performance } from "perf_hooks";
import { Role } from "../../shared/auth/roles";
import { taipeiToday } from "../../shared/clock";
import { Caller, callerFor, callGateway } from "../demo-data/gateway-call";
import { DemoData } from "../demo-data/rows";
import { RunningPlatform } from "../platform/run-platform";

/** One step of a case's day, with its wall time and the statements each subgraph sent (counted at the driver). */
export interface IntakeStep {
  readonly step: string;
  readonly requests: number;
  readonly ms: number;
  readonly statements: Readonly<Record<string, number>>;
}

export interface IntakeFigures {
  readonly cases: number;
  readonly offices: number;
  readonly ledgers: number;
  readonly steps: readonly IntakeStep[];
}

const RECORD = `mutation($input: RecordRegistrationInput!) { recordRegistration(input: $input) { id } }`;

/** A move registered today by a new immigrant who consents to a home visit: the benches' intake (A1–A4). */
export function consentingMoveIntake(personId: string, today: string): Record<string, unknown> {
  return {
    caseType: "MOVE",
    registeredOn: today,
    registrantId: personId,
    newImmigrantId: personId,
    consentInquiry: {
      respondentName: "受訪者",
      respondentHonorific: "MS",
      mobilePhone: "0912-345-678",
      decision: "HOME_VISIT",
      immigrantConsents: true,
      immigrantAcceptsMaterials: true,
      appliedOn: today,
      clerkName: "戶政承辦",
      clerkPhone: "02-2341-0000",
    },
  };
}
const HAND_OVER = `mutation($date: LocalDate!) { handOverConsentInquiries(date: $date) { id receivingDistrictCode formCount } }`;
const ACKNOWLEDGE = `mutation($id: ID!) { acknowledgeHandoverLedger(ledgerId: $id) { id acknowledgedAt } }`;

/** A new immigrant of the demo data and the office of her household's district, where she registers. */
interface Applicant {
  readonly personId: string;
  readonly office: string;
}

/** The demo data's new immigrants by household district, in a fixed order, so every run takes the same ones. */
export function applicantsOf(data: DemoData): Applicant[] {
  const districtOf = new Map(data.households.map((household) => [household.id, household.address.districtCode]));
  return data.persons
    .filter((person) => person.originCountry !== null && person.householdId !== null)
    .map((person) => ({ personId: person.id, office: districtOf.get(person.householdId ?? "") ?? "" }))
    .filter((applicant) => applicant.office !== "")
    .sort((a, b) => a.personId.localeCompare(b.personId));
}

function counts(platform: RunningPlatform): Record<string, number> {
  return Object.fromEntries([...platform.subgraphs].map(([name, subgraph]) => [name, subgraph.database.queries.count]));
}

function resetCounts(platform: RunningPlatform): void {
  for (const subgraph of platform.subgraphs.values()) {
    subgraph.database.queries.reset();
  }
}

async function measured(platform: RunningPlatform, step: string, requests: number, work: () => Promise<void>): Promise<IntakeStep> {
  resetCounts(platform);
  const started = performance.now();
  await work();
  return { step, requests, ms: performance.now() - started, statements: counts(platform) };
}

/** Each office's work in parallel (the 12 offices work at once), each office's own in order, as one clerk enters it. */
async function perOffice<Item>(byOffice: ReadonlyMap<string, readonly Item[]>, work: (office: string, item: Item) => Promise<void>): Promise<void> {
  await Promise.all([...byOffice].map(async ([office, items]) => {
    for (const item of items) {
      await work(office, item);
    }
  }));
}

/**
 * Issue #8's benchmark: one day's intake of `applicants` through the gateway, the whole path of a
 * case on its day — the registration with its 附件1 (A1–A3, the HANDOVER deadline opened), the
 * office's 附件3 ledgers of the day (A4), household's outbox delivering each to the district's
 * intake (D3: the care cases and their ACKNOWLEDGEMENT and HOME_VISIT deadlines), and 人文課
 * acknowledging each ledger. The platform runs in this process so its jobs run by hand and its
 * statements are counted at each subgraph's driver (shared/db/query-counter.ts).
 */
export async function runIntakeDay(platform: RunningPlatform, applicants: readonly Applicant[]): Promise<IntakeFigures> {
  const gateway = platform.gateway.url;
  const today = taipeiToday();
  const byOffice = new Map<string, Applicant[]>();
  for (const applicant of applicants) {
    byOffice.set(applicant.office, [...(byOffice.get(applicant.office) ?? []), applicant]);
  }
  const clerks = new Map<string, Caller>();
  const officers = new Map<string, Caller>();
  for (const office of byOffice.keys()) {
    clerks.set(office, await callerFor(Role.HOUSEHOLD_CLERK, office, `bench-clerk-${office}`));
    officers.set(office, await callerFor(Role.DISTRICT_CASE_OFFICER, office, `bench-officer-${office}`));
  }
  const clerk = (office: string): Caller => clerks.get(office) as Caller;
  const steps: IntakeStep[] = [];

  steps.push(
    await measured(platform, "recordRegistration (附件1, consenting)", applicants.length, () =>
      perOffice(byOffice, async (office, applicant) => {
        await callGateway(gateway, clerk(office), RECORD, { input: consentingMoveIntake(applicant.personId, today) });
      }),
    ),
  );

  const ledgers: { id: string; district: string }[] = [];
  steps.push(
    await measured(platform, "handOverConsentInquiries (附件3, one call per office)", byOffice.size, () =>
      perOffice(new Map([...byOffice.keys()].map((office) => [office, [office]])), async (office) => {
        const data = await callGateway<{ handOverConsentInquiries: { id: string; receivingDistrictCode: string }[] }>(gateway, clerk(office), HAND_OVER, { date: today });
        ledgers.push(...data.handOverConsentInquiries.map((ledger) => ({ id: ledger.id, district: ledger.receivingDistrictCode })));
      }),
    ),
  );

  steps.push(
    await measured(platform, "household outbox job: receiveHandoverLedger via the gateway", ledgers.length, async () => {
      const job = platform.subgraphs.get("household")?.jobs.get("outbox-dispatch");
      if (job === undefined) {
        throw new Error("household has no outbox-dispatch job");
      }
      let delivered = 0;
      for (;;) {
        const report = (await job.runOnce()) as { delivered: number; retried: number; parked: number };
        if (report.retried > 0 || report.parked > 0) {
          throw new Error(`the outbox retried ${report.retried} and parked ${report.parked} ledgers`);
        }
        delivered += report.delivered;
        if (report.delivered === 0) {
          break;
        }
      }
      if (delivered !== ledgers.length) {
        throw new Error(`the outbox delivered ${delivered} of ${ledgers.length} ledgers`);
      }
    }),
  );

  steps.push(
    await measured(platform, "acknowledgeHandoverLedger (人文課, one call per ledger)", ledgers.length, async () => {
      const byDistrict = new Map<string, string[]>();
      for (const ledger of ledgers) {
        byDistrict.set(ledger.district, [...(byDistrict.get(ledger.district) ?? []), ledger.id]);
      }
      await perOffice(byDistrict, async (district, id) => {
        const officer = officers.get(district) ?? (await callerFor(Role.DISTRICT_CASE_OFFICER, district, `bench-officer-${district}`));
        await callGateway(gateway, officer, ACKNOWLEDGE, { id });
      });
    }),
  );
  return { cases: applicants.length, offices: byOffice.size, ledgers: ledgers.length, steps };
}
