import { Client } from "pg";
import { DISTRICT_CODES } from "../../shared/domain/districts";
import { VILLAGES_BY_DISTRICT } from "../../shared/domain/villages";
import { DISTRICT_SCHEMA as S } from "../../subgraphs/district/schema-name";

/**
 * Setup of issue #8's benchmark, in plain SQL (set-based, seconds for 100,000 rows): the open cases
 * of the inbox and the open deadlines of the scheduler pass. Only the measured paths go through the
 * platform's code. Rows look like the intake writes them (status, deadlines of the same steps and
 * rules), so the plans are those of a live district.
 */
/** Inserts `count` care cases of one district and returns nothing: their ids are read back by tag. */
async function insertCases(client: Client, district: string, count: number, tag: string, at: Date): Promise<void> {
  const villages = VILLAGES_BY_DISTRICT[district] ?? ["未知里"];
  // The mix of an open caseload: 1 in 10 still to acknowledge, 1 in 10 to assign, the rest assigned to one of 20 里幹事.
  await client.query(
    `INSERT INTO "${S}"."care_cases" ("id", "client_key", "consent_inquiry_id", "person_id", "case_type", "receiving_office_code",
        "visit_district_code", "household_district_code", "village", "neighbourhood", "requested_mode", "status",
        "handed_over_at", "acknowledged_at", "assigned_officer_id", "assigned_officer_name")
     SELECT gen_random_uuid(), $1 || ':' || i, gen_random_uuid(), gen_random_uuid(), 'MARRIAGE', $2, $2, $2,
            ($3::text[])[1 + i % cardinality($3::text[])], 1 + i % 30, 'HOME',
            CASE WHEN i % 10 = 0 THEN 'HANDED_OVER' ELSE 'OPEN' END,
            $4::timestamptz - (i % 7) * interval '1 day',
            CASE WHEN i % 10 = 0 THEN NULL ELSE $4::timestamptz - (i % 7) * interval '1 day' + interval '2 hours' END,
            CASE WHEN i % 10 IN (0, 1) THEN NULL ELSE 'bench-vo-' || (i % 20) END,
            CASE WHEN i % 10 IN (0, 1) THEN NULL ELSE '里幹事' END
       FROM generate_series(1, $5::int) AS i`,
    [tag, district, villages, at.toISOString(), count],
  );
}

/**
 * One open deadline per case of `tag` and `step`, due relative to `at`: 1 in 10 already past due
 * (the pass makes it OVERDUE, writes its breach and notifies), 1 in 20 due within the next 3 hours
 * (DUE_SOON at a 4-hour threshold), the rest due in 1–7 days (untouched by a pass).
 */
async function insertDeadlines(client: Client, tag: string, step: string, at: Date, limit: number): Promise<number> {
  const result = await client.query(
    `INSERT INTO "${S}"."deadlines" ("subject_type", "subject_id", "step", "rule", "started_at", "due_at", "state", "created_at", "updated_at")
     SELECT 'CareCase', c."id"::text, $2, '{"kind":"period","days":2}'::jsonb, $3::timestamptz - interval '1 day',
            CASE WHEN n % 10 = 0 THEN $3::timestamptz - (1 + n % 48) * interval '1 hour'
                 WHEN n % 20 = 1 THEN $3::timestamptz + (10 + n % 170) * interval '1 minute'
                 ELSE $3::timestamptz + (1 + n % 7) * interval '1 day' END,
            'DUE', $3::timestamptz, $3::timestamptz
       FROM (SELECT "id", row_number() OVER (ORDER BY "client_key") AS n FROM "${S}"."care_cases" WHERE "client_key" LIKE $1 || ':%') c
      WHERE n <= $4`,
    [tag, step, at.toISOString(), limit],
  );
  return result.rowCount ?? 0;
}

/** Empties what a pass writes, so every round starts from the same rows. */
async function clearDeadlines(client: Client): Promise<void> {
  await client.query(`TRUNCATE "${S}"."notifications", "${S}"."deadline_breaches", "${S}"."deadlines"`);
}

/** Fresh statistics and no dead rows: the plans and times of a database autovacuum keeps. */
async function vacuum(client: Client): Promise<void> {
  for (const table of ["care_cases", "deadlines", "deadline_breaches", "notifications", "visit_attempts"]) {
    await client.query(`VACUUM ANALYZE "${S}"."${table}"`);
  }
}

export interface InboxSetup {
  readonly cases: number;
  readonly otherDistrictCases: number;
  readonly deadlines: number;
}

/**
 * The inbox's district with `cases` open cases, each with its open deadlines as the intake and the
 * visit open them (ACKNOWLEDGEMENT while handed over, HOME_VISIT until visited), and a tenth of
 * that load in each other district, so the row scope has something to leave out.
 */
export async function prepareInbox(url: string, district: string, cases: number, at: Date): Promise<InboxSetup> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await clearDeadlines(client);
    await insertCases(client, district, cases, "bench-inbox", at);
    const others = DISTRICT_CODES.filter((code) => code !== district);
    const perOther = Math.ceil(cases / 10);
    for (const code of others) {
      await insertCases(client, code, perOther, `bench-inbox-${code}`, at);
    }
    let deadlines = 0;
    for (const tag of ["bench-inbox", ...others.map((code) => `bench-inbox-${code}`)]) {
      deadlines += await insertDeadlines(client, tag, "HOME_VISIT", at, cases);
      const handedOver = await client.query(
        `INSERT INTO "${S}"."deadlines" ("subject_type", "subject_id", "step", "rule", "started_at", "due_at", "state", "created_at", "updated_at")
         SELECT 'CareCase', "id"::text, 'ACKNOWLEDGEMENT', '{"kind":"noonNextWorkingDay"}'::jsonb, "handed_over_at", $2::timestamptz + interval '20 hours', 'DUE', $2::timestamptz, $2::timestamptz
           FROM "${S}"."care_cases" WHERE "client_key" LIKE $1 || ':%' AND "status" = 'HANDED_OVER'`,
        [tag, at.toISOString()],
      );
      deadlines += handedOver.rowCount ?? 0;
    }
    await vacuum(client);
    return { cases, otherDistrictCases: perOther * others.length, deadlines };
  } finally {
    await client.end();
  }
}

/** Cases for the pass's deadlines (two steps each), spread over the 12 districts; once, before the rounds. */
export async function preparePassCases(url: string, deadlines: number, at: Date): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const perDistrict = Math.ceil(deadlines / 2 / DISTRICT_CODES.length);
    for (const code of DISTRICT_CODES) {
      await insertCases(client, code, perDistrict, `bench-pass-${code}`, at);
    }
  } finally {
    await client.end();
  }
}

/** `total` open deadlines for one round (two steps of total/2 cases), all else of earlier rounds removed. */
export async function preparePassRound(url: string, total: number, at: Date): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await clearDeadlines(client);
    const perDistrict = Math.ceil(total / 2 / DISTRICT_CODES.length);
    let inserted = 0;
    for (const code of DISTRICT_CODES) {
      for (const step of ["HOME_VISIT", "VISIT_RECORD"]) {
        inserted += await insertDeadlines(client, `bench-pass-${code}`, step, at, perDistrict);
      }
    }
    await vacuum(client);
    return inserted;
  } finally {
    await client.end();
  }
}
