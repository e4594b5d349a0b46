import { createHash } from "crypto";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { Client } from "pg";
import { readAuthConfig } from "../../shared/auth/config";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { signDevToken } from "../../shared/auth/token";
import { taipeiToday } from "../../shared/clock";
import { UNIFIED_PERSON_QUERY } from "../operations/unified-view";
import { BENCH_JWT_SECRET } from "./production";

/**
 * Issue #14's soak (bench:soak): the mixed load's operations, each with the check of its answer.
 * Every answer is read: an HTTP status other than 200, a GraphQL error or an answer without the
 * data the operation must return counts as an error under a code (never a message: messages may
 * quote personal data).
 */
export const INBOX = `query SoakInbox($first: Int) {
  districtInbox(first: $first) { totalCount counts { state count } items { id kind step dueAt state careCase { id status village } } }
}`;
export const RECORD = `mutation SoakRecord($input: RecordRegistrationInput!) { recordRegistration(input: $input) { id consentInquiry { id } } }`;
export const STATISTICS = `query SoakStatistics($from: LocalDate!, $to: LocalDate!) { careStatistics(from: $from, to: $to, groupBy: [CASE_TYPE]) {
  casesRecorded { cells { caseType count suppressed } total { count } }
  consentDecisions { totals { decision count } }
  casesVisited { total { count } }
} }`;
export const ATTEMPT = `mutation SoakAttempt($input: VisitAttemptInput!) { recordVisitAttempt(input: $input) { id } }`;
export const DRAFT = `mutation SoakDraft($input: VisitRecordInput!) { draftVisitRecord(input: $input) { id requiredLevels } }`;
export const SIGN = `mutation SoakSign($id: ID!, $level: SignOffRole!, $name: String!) { signVisitRecord(id: $id, level: $level, signerName: $name) { id state } }`;
export const FILE = `mutation SoakFile($id: ID!, $on: LocalDate!) { fileVisitRecord(id: $id, filedOn: $on) { id state } }`;

const DOCUMENTS = [UNIFIED_PERSON_QUERY, INBOX, RECORD, STATISTICS, ATTEMPT, DRAFT, SIGN, FILE];

/** The soak's documents as a trusted-documents manifest: production runs nothing else (D10). */
export function writeSoakManifest(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "soak-trusted-documents.json");
  writeFileSync(path, JSON.stringify(Object.fromEntries(DOCUMENTS.map((document) => [`sha256:${createHash("sha256").update(document).digest("hex")}`, document])), null, 2));
  return path;
}

/** One operation's figures over the run: latencies after the warm-up, errors over the whole run by code. */
export class OperationStats {
  readonly latencies: number[] = [];
  count = 0;
  readonly errors = new Map<string, number>();

  record(ms: number, measured: boolean): void {
    this.count += 1;
    if (measured) {
      this.latencies.push(ms);
    }
  }

  fail(code: string): void {
    this.count += 1;
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  errorCount(): number {
    return [...this.errors.values()].reduce((sum, value) => sum + value, 0);
  }
}

/** The failure of one request, named by a code only. */
export class SoakFailure extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string } }[];
}

/** One request through the gateway; throws SoakFailure unless it is a 200 with data and no errors. */
export async function post(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "benchmark" },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw new SoakFailure(error instanceof Error ? error.name : "FETCH_FAILED");
  }
  const text = await response.text();
  if (response.status !== 200) {
    throw new SoakFailure(`HTTP ${response.status}`);
  }
  const body = JSON.parse(text) as GraphQLBody;
  if (body.errors !== undefined && body.errors.length > 0) {
    throw new SoakFailure(body.errors.map((error) => String(error.extensions?.code ?? "NO_CODE")).join("+"));
  }
  if (body.data === undefined || body.data === null) {
    throw new SoakFailure("NO_DATA");
  }
  return body.data;
}

/** Throws SoakFailure(code) when an answer lacks what the operation must return. */
export function expectThat(condition: boolean, code: string): void {
  if (!condition) {
    throw new SoakFailure(code);
  }
}

/** The callers, signed with the bench's key (production refuses the development key). */
export function sign(role: Role, org: string, subject: string, villages?: readonly string[]): Promise<string> {
  return signDevToken({ ...readAuthConfig(), sharedSecret: BENCH_JWT_SECRET }, { subject, role, org, villages, expiresIn: "12h" });
}

export const analystToken = (): Promise<string> => sign(Role.CIVIL_AFFAIRS_ANALYST, CITY_ORG, "soak-analyst");

export interface SoakPools {
  /** New immigrants of the inbox's district with a care case there: the unified views' persons. */
  readonly viewed: readonly string[];
  /** New immigrants and their household's district (the office where they register): intake's applicants. */
  readonly applicants: readonly { readonly personId: string; readonly office: string }[];
  /** Open cases with no attempt and no record yet: each takes one attempt, draft, sign-off and filing. */
  readonly visits: readonly { readonly id: string; readonly district: string; readonly village: string; readonly name: string }[];
}

/** The pools, read once from the bench database (it is this run's fresh one). */
export async function readPools(url: string, district: string): Promise<SoakPools> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const viewed = await client.query<{ id: string }>(
      `SELECT p.id FROM household.persons p JOIN household.households h ON h.id = p.household_id
        WHERE p.origin_country IS NOT NULL AND h.address_district_code = $1
          AND EXISTS (SELECT 1 FROM district.care_cases c WHERE c.person_id = p.id AND c.visit_district_code = $1)
        ORDER BY p.id LIMIT 200`,
      [district],
    );
    const applicants = await client.query<{ id: string; office: string }>(
      `SELECT p.id, h.address_district_code AS office FROM household.persons p JOIN household.households h ON h.id = p.household_id
        WHERE p.origin_country IS NOT NULL ORDER BY p.id LIMIT 2000`,
    );
    const visits = await client.query<{ id: string; district: string; village: string; name: string }>(
      `SELECT c.id, c.visit_district_code AS district, c.village, p.name FROM district.care_cases c JOIN household.persons p ON p.id = c.person_id
        WHERE c.status = 'OPEN'
          AND NOT EXISTS (SELECT 1 FROM district.visit_attempts a WHERE a.care_case_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM district.visit_records v WHERE v.care_case_id = c.id)
        ORDER BY c.id`,
    );
    return {
      viewed: viewed.rows.map((row) => row.id),
      applicants: applicants.rows.map((row) => ({ personId: row.id, office: row.office })),
      visits: visits.rows,
    };
  } finally {
    await client.end();
  }
}

/** A6/A8 of one case: the 里幹事 records the visit and hands 附件4 in; each level signs; 人文課 files it (A9). */
export interface VisitCallers {
  villageOfficer(district: string, village: string): Promise<string>;
  officer(district: string): Promise<string>;
}

export type Timed = <T>(operation: string, work: () => Promise<T>) => Promise<T>;

export async function visitCycle(url: string, callers: VisitCallers, careCase: SoakPools["visits"][number], timed: Timed): Promise<void> {
  const today = taipeiToday();
  const villageOfficer = await callers.villageOfficer(careCase.district, careCase.village);
  const officer = await callers.officer(careCase.district);
  await timed("visit: recordVisitAttempt", async () => {
    const data = await post(url, villageOfficer, ATTEMPT, { input: { careCaseId: careCase.id, attemptedOn: today, mode: "HOME", met: true } });
    expectThat((data.recordVisitAttempt as { id?: string } | null)?.id === careCase.id, "WRONG_CASE");
  });
  const draft = await timed("visit: draftVisitRecord", async () => {
    const data = await post(url, villageOfficer, DRAFT, {
      input: {
        careCaseId: careCase.id,
        visitedOn: today,
        visitedPersonName: careCase.name,
        visitedPersonAddress: `${careCase.village}（訪視地址）`,
        outcome: "ALL_WELL",
        needs: [],
        handling: "家庭生活適應良好，已提供新住民服務資訊",
      },
    });
    const record = data.draftVisitRecord as { id?: string; requiredLevels?: string[] } | null;
    expectThat(typeof record?.id === "string" && Array.isArray(record.requiredLevels) && record.requiredLevels.length > 0, "NO_DRAFT");
    return record as { id: string; requiredLevels: string[] };
  });
  for (const level of draft.requiredLevels) {
    await timed("visit: signVisitRecord", async () => {
      const signer = level === "VILLAGE_OFFICER" ? villageOfficer : officer;
      const data = await post(url, signer, SIGN, { id: draft.id, level, name: level === "VILLAGE_OFFICER" ? "里幹事" : "人文課承辦" });
      expectThat((data.signVisitRecord as { id?: string } | null)?.id === draft.id, "NOT_SIGNED");
    });
  }
  await timed("visit: fileVisitRecord", async () => {
    const data = await post(url, officer, FILE, { id: draft.id, on: today });
    expectThat((data.fileVisitRecord as { state?: string } | null)?.state === "FILED", "NOT_FILED");
  });
}
