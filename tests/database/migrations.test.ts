import { SUBGRAPHS } from "../../scripts/platform/subgraphs";
import { openSubgraphDatabase, SubgraphDatabase } from "../../shared/db/datasource";
import { createTestDatabase, TestDatabase } from "../support/database";

interface ColumnInfo {
  table_name: string;
  column_name: string;
  is_nullable: "YES" | "NO";
}

/**
 * D5: schemas come from migrations only (never `synchronize`), so the migrations must create every
 * column the entities map, with the same nullability, in the subgraph's own schema (D1).
 */
/** The district's migrations from 附件4's sign-off (issue #9) on: sign-off, help tasks, withdrawal, updated_at, the directory's boxes, retention, the statistics' indexes, the referrals' agencies, the deadlines' ending, the audit's operation id (issue #11), the follow-up requests and the protection reports (issue #12), the audit's hex checks (issue #13). */
const SINCE_SIGN_OFF = 13;

/** Undoes the newest migrations until the one named `prefix…` is undone too: later ones are undone first, whatever they are. */
async function undoThrough(subgraph: SubgraphDatabase, schema: string, prefix: string): Promise<void> {
  const hasRun = async (): Promise<boolean> => ((await subgraph.dataSource.query(`SELECT name FROM "${schema}"."migrations"`)) as { name: string }[]).some((row) => row.name.startsWith(prefix));
  while (await hasRun()) {
    await subgraph.dataSource.undoLastMigration();
  }
}

async function undo(subgraph: SubgraphDatabase, count: number): Promise<void> {
  for (let undone = 0; undone < count; undone += 1) {
    await subgraph.dataSource.undoLastMigration();
  }
}

describe("migrations", () => {
  let database: TestDatabase;
  const opened: SubgraphDatabase[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    for (const subgraph of opened) {
      await subgraph.dataSource.destroy();
    }
    await database.drop();
  });

  it.each(SUBGRAPHS.map((entry) => [entry.definition.name, entry] as const))("should create every column %s's entities map", async (_name, entry) => {
    const subgraph = await openSubgraphDatabase(database.engine, entry.definition.database);
    opened.push(subgraph);
    const schema = entry.definition.database.schema;
    const columns = (await subgraph.dataSource.query(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = $1`,
      [schema],
    )) as ColumnInfo[];
    const actual = new Map(columns.map((column) => [`${column.table_name}.${column.column_name}`, column.is_nullable === "YES"]));
    const expected = subgraph.dataSource.entityMetadatas.flatMap((entity) =>
      entity.columns.map((column) => [`${entity.tableName}.${column.databaseName}`, column.isNullable] as const),
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const [key, nullable] of expected) {
      expect({ column: key, exists: actual.has(key), nullable: actual.get(key) }).toEqual({ column: key, exists: true, nullable });
    }
  });

  it("should name every receiving agency's service contacts service_records, and undo health's rename (issue #7)", async () => {
    const tablesOf = async (subgraph: SubgraphDatabase, schema: string): Promise<string[]> =>
      ((await subgraph.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE 'service%'`, [schema])) as {
        table_name: string;
      }[]).map((row) => row.table_name);
    const health = SUBGRAPHS.find((entry) => entry.definition.name === "health");
    if (health === undefined) {
      throw new Error("no health subgraph");
    }
    const subgraph = await openSubgraphDatabase(database.engine, health.definition.database);
    opened.push(subgraph);
    expect(await tablesOf(subgraph, "health")).toEqual(["service_records"]);
    expect(await tablesOf(subgraph, "social")).toEqual(["service_records"]);
    // Migrations listed after the rename (issue #10's statistics tables, referral outcomes and indexes, issue #9's transfers and retention, issue #11's operation id, issue #12's follow-ups, deadlines, feeds, uninsured children and statistics) are undone first.
    for (let undone = 0; undone < 14 && (await tablesOf(subgraph, "health")).includes("service_records"); undone += 1) {
      await subgraph.dataSource.undoLastMigration();
    }
    expect(await tablesOf(subgraph, "health")).toEqual(["service_contacts"]);
    await subgraph.dataSource.runMigrations();
    expect(await tablesOf(subgraph, "health")).toEqual(["service_records"]);
  });

  // Issue #9 (transfers, withdrawals, retention, the deadlines' ending), issue #10 (updated_at kept by a
  // trigger, the referrals' outcomes, the statistics' indexes) and issue #11 (the audit's operation
  // id), in the order of their timestamps: each agency's last migrations undo and redo. Each list ends with issue #13's
  // hex checks on the audit log, which add no column (its own test below).
  it.each([
    // Issue #9 (A9): then the district's closing notice on the form.
    // Issue #12: then its ex-officio births and moves (B2, B3), the teen parent's survey 附表4 (B7), the district's follow-up on the records (B2) and the keys of the records saved before it;
    // then its feeds' tables and the children of 戶政司's list of whereabouts unknown (B8).
    [
      "household",
      15,
      [
        "consent_inquiries.withdrawn_at", "consent_inquiries.updated_at", "legal_holds.reason", "deadlines.end_reason", "audit_log.operation_id", "consent_inquiries.case_closed_on",
        "ex_officio_records.whereabouts", "teen_parent_surveys.referred_on", "ex_officio_records.follow_up_request_key", "ex_officio_follow_up_replies.note",
        "feed_runs.watermark_after", "feed_rows.reason", "moi_whereabouts_unknown_children.registered_on",
        // Issue #13: the household district on the person's row.
        "persons.household_district_code",
      ],
    ],
    // The directory's boxes (C1) come between updated_at and retention; the referrals' directory agencies (C1) after the statistics' indexes.
    // Issue #12 (B2, B9, B10): then the follow-up requests and the child-protection reports on a child, without a case.
    [
      "district",
      11,
      ["care_cases.withdrawal_key", "care_cases.updated_at", "legal_holds.reason", "case_referrals.agency_code", "deadlines.end_reason", "audit_log.operation_id", "follow_up_requests.whereabouts", "urgent_reports.filed_by_role"],
    ],
    // Issue #12: the child-care cases' deadlines' ending (its timestamp is the shared one, before the operation id), the child-care tables, the replies on a case's
    // requests (B9), social's feeds' tables (B6) and its copy of the child-protection reports (B10). Then programme B's figures (B12): the aggregates' new columns
    // and the child-care rows' change timestamps.
    [
      "social",
      12,
      [
        "referral_transfers.from_unit", "legal_holds.reason", "referrals.updated_at", "statistics_monthly.status", "deadlines.end_reason", "audit_log.operation_id", "child_care_cases.holding_unit",
        "child_care_replies.outcome", "feed_runs.watermark_after", "feed_rows.reason", "child_protection_reports.urgent_report_id",
        "statistics_monthly.category", "statistics_monthly.state", "child_care_notices.updated_at", "child_care_cases.updated_at",
      ],
    ],
    // Issue #12 (B4, B5, B8): then the vaccination follow-ups, health's deadlines, its feeds' tables and the NHIA's uninsured children.
    // Then programme B's figures (B12): the aggregates' referral condition and the follow-ups' change timestamp.
    [
      "health",
      11,
      [
        "referral_transfers.to_unit", "legal_holds.reason", "referrals.updated_at", "statistics_monthly.status", "audit_log.operation_id",
        "vaccination_follow_ups.window_start", "vaccination_reminders.two_way", "deadlines.end_reason", "feed_runs.watermark_after", "feed_rows.reason",
        "uninsured_children.uninsured_since",
        "statistics_monthly.condition", "vaccination_follow_ups.updated_at",
      ],
    ],
    // Issue #9 (C1): the visit-form boxes' needs, what a referral carries to a partner agency; then the audit's operation id.
    // Issue #12 (B7): then the surveys 附表4 household relays monthly.
    ["civil-affairs", 4, ["directory_visit_form_boxes.needs", "audit_log.operation_id", "teen_parent_surveys.answers"]],
    // Issue #12 (B2, B9): the police, all of its migrations: the search requests, the audit log, the outbox, the deadlines and the closures' copy.
    // Issue #12 (B12): and 民政局's aggregates of its steps, in the receiving agencies' layout (the kit's migrations and their indexes).
    [
      "police",
      12,
      ["search_requests.precinct_codes", "audit_log.operation_id", "outbox.acknowledged_id", "deadlines.end_reason", "office_closures.owner_version", "statistics_monthly.unit", "statistics_monthly.status"],
    ],
  ] as const)("should undo %s's last %i migrations and run them again", async (name, undo, columns) => {
    const entry = SUBGRAPHS.find((candidate) => candidate.definition.name === name);
    if (entry === undefined) {
      throw new Error(`no ${name} subgraph`);
    }
    const subgraph = await openSubgraphDatabase(database.engine, entry.definition.database);
    opened.push(subgraph);
    const present = async (): Promise<string[]> =>
      ((await subgraph.dataSource.query(
        `SELECT table_name || '.' || column_name AS "column" FROM information_schema.columns WHERE table_schema = $1 AND table_name || '.' || column_name = ANY($2)`,
        [entry.definition.database.schema, [...columns]],
      )) as { column: string }[]).map((row) => row.column).sort();
    expect(await present()).toEqual([...columns].sort());
    for (let undone = 0; undone < undo; undone += 1) {
      await subgraph.dataSource.undoLastMigration();
    }
    expect(await present()).toEqual([]);
    await subgraph.dataSource.runMigrations();
    expect(await present()).toEqual([...columns].sort());
  });

  // Issue #10, Scale: each agency's statistics indexes (its last migration): the change timestamps its pass reads after its watermark and the month columns it recounts by range, dropped by the undo and made again.
  it.each([
    // Household's closing notice (issue #9, after the indexes) adds the purge's index on its outbox rows' case: undone with it.
    // Issue #12: so do its ex-officio records' (B2, B3) and the survey 附表4's (B7) tables, timestamped after them.
    [
      "household",
      [
        "deadlines_step_due_at", "deadlines_updated_at", "ex_officio_follow_up_replies_pkey", "ex_officio_follow_up_replies_record_id_key", "ex_officio_records_office", "ex_officio_records_person", "ex_officio_records_pkey", "outbox_care_case", "registrations_created_at",
        "registrations_registered_on", "statistics_monthly_month", "teen_parent_surveys_office", "teen_parent_surveys_pkey", "teen_parent_surveys_registration_id_key", "teen_parent_surveys_to_relay",
        // Issue #12 (B8): the feeds' tables and 戶政司's list's children, after the indexes.
        "feed_rows_pkey", "feed_runs_feed_started", "feed_runs_one_running", "feed_runs_pkey", "feed_watermarks_pkey",
        "moi_whereabouts_unknown_children_district", "moi_whereabouts_unknown_children_once", "moi_whereabouts_unknown_children_pkey",
        // Issue #13: the persons of a district, by the household district on their row.
        "persons_household_district",
      ],
    ],
    [
      "district",
      [
        "care_cases_handed_over_at", "deadlines_step_due_at", "deadlines_updated_at",
        // Issue #12 (B2, B9): the follow-up requests, after the indexes.
        "follow_up_requests_client_key", "follow_up_requests_district", "follow_up_requests_pkey",
        "statistics_monthly_month", "urgent_reports_created_at", "urgent_reports_reported_at", "visit_attempts_created_at",
      ],
    ],
    // Issue #12: the child-care tables and social's feeds' tables (timestamped after the indexes) come with their own indexes, undone with them.
    [
      "social",
      [
        "child_care_cases_id_number", "child_care_cases_name_birth", "child_care_cases_person", "child_care_cases_pkey", "child_care_cases_unit_status",
        "child_care_found_case", "child_care_found_client_key", "child_care_found_pkey", "child_care_merges_case", "child_care_merges_pkey",
        "child_care_notices_case", "child_care_notices_client_key", "child_care_notices_exclusion", "child_care_notices_pkey",
        "child_care_record_matches_once", "child_care_record_matches_pkey", "child_care_replies_case", "child_care_replies_client_key_key", "child_care_replies_pkey",
        "child_care_replies_request_id_key", "child_care_requests_case", "child_care_requests_pkey",
        // Issue #12 (B10): social's copy of the protection reports, after the child-care tables.
        "child_protection_reports_case", "child_protection_reports_client_key", "child_protection_reports_person", "child_protection_reports_pkey",
        "entry_exit_records_person", "entry_exit_records_pkey", "feed_rows_pkey", "feed_runs_feed_started", "feed_runs_one_running", "feed_runs_pkey", "feed_watermarks_pkey",
        "referrals_received_at", "statistics_monthly_month",
        // Issue #12 (B12): programme B's figures read the child-care rows and the deadlines by these.
        "child_care_cases_received_at", "child_care_cases_updated_at", "child_care_notices_received_at", "child_care_notices_updated_at", "deadlines_step_due_at", "deadlines_updated_at",
      ],
    ],
    // Issue #12's tables (after the indexes) go with the undo: the follow-ups, health's deadlines, the feeds, the NHIA's uninsured children.
    [
      "health",
      [
        "deadline_breaches_deadline_id_key", "deadline_breaches_pkey", "deadline_breaches_step_breached_at", "deadlines_one_per_step", "deadlines_pending_due_at", "deadlines_pkey",
        "feed_rows_pkey", "feed_runs_feed_started", "feed_runs_one_running", "feed_runs_pkey", "feed_watermarks_pkey", "referrals_received_at",
        "scheduler_runs_job_started_at", "scheduler_runs_pkey", "statistics_monthly_month", "uninsured_children_centre", "uninsured_children_child_since", "uninsured_children_pkey",
        "vaccination_follow_ups_centre", "vaccination_follow_ups_open_child",
        "vaccination_follow_ups_pkey", "vaccination_reminders_follow_up", "vaccination_reminders_pkey",
        // Issue #12 (B12): programme B's figures read the follow-ups and the deadlines by these.
        "deadlines_step_due_at", "deadlines_updated_at", "vaccination_follow_ups_referred_on", "vaccination_follow_ups_updated_at",
      ],
    ],
    [
      "civil-affairs",
      [
        "partner_referrals_received_at", "referrals_received_at", "statistics_monthly_month",
        // Issue #12 (B7): the relayed surveys' table, after the indexes.
        "teen_parent_surveys_client_key_key", "teen_parent_surveys_month", "teen_parent_surveys_pkey", "teen_parent_surveys_survey_id_key",
      ],
    ],
  ] as const)("should create %s's statistics indexes, and undo them", async (name, expected) => {
    const entry = SUBGRAPHS.find((candidate) => candidate.definition.name === name);
    if (entry === undefined) {
      throw new Error(`no ${name} subgraph`);
    }
    const subgraph = await openSubgraphDatabase(database.engine, entry.definition.database);
    opened.push(subgraph);
    const indexes = async (): Promise<string[]> =>
      ((await subgraph.dataSource.query(`SELECT indexname FROM pg_indexes WHERE schemaname = $1`, [entry.definition.database.schema])) as { indexname: string }[]).map(
        (row) => row.indexname,
      );
    const before = await indexes();
    // Back to before the indexes: migrations timestamped after them (issue #9's deadlines' ending, issue #11's operation id, household's closing notice and ex-officio records) are undone first; only the last adds an index.
    await undoThrough(subgraph, entry.definition.database.schema, "StatisticsIndexes");
    const after = await indexes();
    expect(before.filter((index) => !after.includes(index)).sort()).toEqual([...expected].sort());
    await subgraph.dataSource.runMigrations();
    expect((await indexes()).sort()).toEqual([...before].sort());
  });

  it("should carry 附件4s filed before issue #9 into the sign-off chain, and back (A8: signatures, 服務概況 into 辦理情形)", async () => {
    const district = SUBGRAPHS.find((entry) => entry.definition.name === "district");
    if (district === undefined) {
      throw new Error("no district subgraph");
    }
    const subgraph = await openSubgraphDatabase(database.engine, district.definition.database);
    opened.push(subgraph);
    const query = (sql: string, params: unknown[] = []) => subgraph.dataSource.query(sql, params) as Promise<Record<string, unknown>[]>;
    // Back to before issue #9's sign-off: the eleven listed after it (withdrawal, updated_at, the directory's boxes, retention, the statistics' indexes, the referrals' agencies, the deadlines' ending, the audit's operation id, issue #12's follow-up requests and protection reports, issue #13's hex checks), the help tasks, then the sign-off.
    await undo(subgraph, SINCE_SIGN_OFF);
    // Two records filed before issue #9, one case each (one record per case).
    const legacy = [
      ["00000000-0000-4000-8000-0000000d0001", "家庭生活適應良好", "已提供資訊", ["VILLAGE_OFFICER", "CIVIL_SECTION_HEAD", "HUMANITIES_SECTION"]],
      ["00000000-0000-4000-8000-0000000d0002", "家庭有協助需求", null, ["VILLAGE_OFFICER"]],
    ] as const;
    for (const [id, summary, handling, signed] of legacy) {
      await query(
        `INSERT INTO "district"."care_cases" ("id", "client_key", "consent_inquiry_id", "person_id", "case_type", "receiving_office_code", "visit_district_code",
           "household_district_code", "village", "requested_mode", "status", "handed_over_at")
         VALUES ($1, $2, $1, $1, 'MARRIAGE', '63000050', '63000050', '63000050', '文北里', 'HOME', 'OPEN', now())`,
        [id, `migration-test-${id}`],
      );
      await query(
        `INSERT INTO "district"."visit_records" ("id", "care_case_id", "district_code", "village", "visited_on", "visited_person_name", "visited_person_address", "outcome",
           "service_summary", "handling", "signed_off_by", "filed_on")
         VALUES ($1, $1, '63000050', '文北里', '2026-01-05', '某人', '某處', 'ALL_WELL', $2, $3, $4, '2026-01-06')`,
        [id, summary, handling, signed],
      );
    }

    await subgraph.dataSource.runMigrations();
    expect(await query(`SELECT "id", "state", "required_levels", "handling", "filed_on"::text AS "filed_on" FROM "district"."visit_records" WHERE "id" = ANY($1) ORDER BY "id"`, [legacy.map(([id]) => id)])).toEqual([
      { id: legacy[0][0], state: "FILED", required_levels: ["VILLAGE_OFFICER", "CIVIL_SECTION_HEAD", "HUMANITIES_SECTION"], handling: "已提供資訊\n服務概況：家庭生活適應良好", filed_on: "2026-01-06" },
      { id: legacy[1][0], state: "FILED", required_levels: ["VILLAGE_OFFICER"], handling: "服務概況：家庭有協助需求", filed_on: "2026-01-06" },
    ]);
    expect(await query(`SELECT "visit_record_id", "level", "position", "signer_name", "signed_at" FROM "district"."visit_record_signatures" WHERE "visit_record_id" = ANY($1) ORDER BY "visit_record_id", "position"`, [legacy.map(([id]) => id)])).toEqual([
      { visit_record_id: legacy[0][0], level: "VILLAGE_OFFICER", position: 0, signer_name: null, signed_at: null },
      { visit_record_id: legacy[0][0], level: "CIVIL_SECTION_HEAD", position: 1, signer_name: null, signed_at: null },
      { visit_record_id: legacy[0][0], level: "HUMANITIES_SECTION", position: 2, signer_name: null, signed_at: null },
      { visit_record_id: legacy[1][0], level: "VILLAGE_OFFICER", position: 0, signer_name: null, signed_at: null },
    ]);

    // Undone, every record is as it was.
    await undo(subgraph, SINCE_SIGN_OFF);
    expect(await query(`SELECT "id", "service_summary", "handling", "signed_off_by" FROM "district"."visit_records" WHERE "id" = ANY($1) ORDER BY "id"`, [legacy.map(([id]) => id)])).toEqual(
      legacy.map(([id, summary, handling, signed]) => ({ id, service_summary: summary, handling, signed_off_by: [...signed] })),
    );
    await subgraph.dataSource.runMigrations();
    await query(`DELETE FROM "district"."visit_record_signatures" WHERE "visit_record_id" = ANY($1)`, [legacy.map(([id]) => id)]);
    await query(`DELETE FROM "district"."visit_records" WHERE "id" = ANY($1)`, [legacy.map(([id]) => id)]);
    await query(`DELETE FROM "district"."care_cases" WHERE "client_key" LIKE 'migration-test%'`);
  });

  it("should give referrals sent before the directory routes their printed box's agency, and delivered boxes their needs (issue #9, C1)", async () => {
    const district = SUBGRAPHS.find((entry) => entry.definition.name === "district");
    if (district === undefined) {
      throw new Error("no district subgraph");
    }
    const subgraph = await openSubgraphDatabase(database.engine, district.definition.database);
    opened.push(subgraph);
    const query = (sql: string, params: unknown[] = []) => subgraph.dataSource.query(sql, params) as Promise<Record<string, unknown>[]>;
    // Back to before the referrals' agencies (and what came after them).
    await undoThrough(subgraph, district.definition.database.schema, "ReferralAgencies");
    const referrals = [
      ["00000000-0000-4000-8000-0000000e0001", "LABOUR_BUREAU"],
      ["00000000-0000-4000-8000-0000000e0002", "SOCIAL_WELFARE_BUREAU"],
    ] as const;
    for (const [id, target] of referrals) {
      await query(
        `INSERT INTO "district"."case_referrals" ("id", "care_case_id", "person_id", "target", "needs", "sent_by", "sent_at", "referred_on", "outbox_id")
         VALUES ($1, $1, $1, $2, '{}', 'migration-test', now(), '2026-01-05', $1)`,
        [id, target],
      );
    }
    const box = (code: string, kind: string, agencyCode: string | null) => ({ code, label: code, order: code.length, kind, agencyCode, agencyName: null, phone: null, description: "x", printedOnForm: true });
    const versionId = "00000000-0000-4000-8000-0000000e0003";
    await query(
      `INSERT INTO "district"."service_directory_versions" ("id", "client_key", "city", "version_date", "boxes", "received_at") VALUES ($1, 'migration-test-directory', 'taipei', '2001-01-01', $2::jsonb, now())`,
      [versionId, JSON.stringify([box("LABOUR_BUREAU", "REFERRAL", "taipei.labour-bureau"), box("OTHER", "OTHER", null)])],
    );

    await subgraph.dataSource.runMigrations();
    expect(await query(`SELECT "target", "agency_code" FROM "district"."case_referrals" WHERE "id" = ANY($1) ORDER BY "id"`, [referrals.map(([id]) => id)])).toEqual([
      { target: "LABOUR_BUREAU", agency_code: "taipei.labour-bureau" },
      { target: "SOCIAL_WELFARE_BUREAU", agency_code: "taipei.social-bureau" },
    ]);
    const [stored] = await query(`SELECT "boxes" FROM "district"."service_directory_versions" WHERE "id" = $1`, [versionId]);
    const boxes = (typeof stored.boxes === "string" ? JSON.parse(stored.boxes) : stored.boxes) as { code: string; needs: string[] }[];
    expect(boxes.map(({ code, needs }) => ({ code, needs }))).toEqual([
      { code: "LABOUR_BUREAU", needs: ["JOBS", "TRAINING"] },
      { code: "OTHER", needs: [] },
    ]);
    await query(`DELETE FROM "district"."case_referrals" WHERE "id" = ANY($1)`, [referrals.map(([id]) => id)]);
    await query(`DELETE FROM "district"."service_directory_versions" WHERE "id" = $1`, [versionId]);
  });

  it("should check every agency's audit hashes without a bounded-repeat regex, and undo it to the first form (issue #13)", async () => {
    const checksOf = async (subgraph: SubgraphDatabase, schema: string): Promise<string[]> =>
      ((await subgraph.dataSource.query(
        `SELECT pg_get_constraintdef(c.oid) AS "definition" FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
          WHERE n.nspname = $1 AND t.relname = 'audit_log' AND c.conname = ANY($2) ORDER BY c.conname`,
        [schema, ["audit_log_hash_check", "audit_log_operation_id_check", "audit_log_prev_hash_check"]],
      )) as { definition: string }[]).map((row) => row.definition);
    for (const entry of SUBGRAPHS) {
      const subgraph = await openSubgraphDatabase(database.engine, entry.definition.database);
      opened.push(subgraph);
      const { schema } = entry.definition.database;
      expect(await checksOf(subgraph, schema)).toEqual(
        ["hash", "operation_id", "prev_hash"].map((column) => `CHECK (((length(${column}) = 64) AND (${column} !~ '[^0-9a-f]'::text)))`),
      );
      if (entry.definition.name === "household") {
        // Its last migration: undone, the checks are the regular expressions the audit log was created with.
        await subgraph.dataSource.undoLastMigration();
        expect(await checksOf(subgraph, schema)).toEqual(["hash", "operation_id", "prev_hash"].map((column) => `CHECK ((${column} ~ '^[0-9a-f]{64}$'::text))`));
        await subgraph.dataSource.runMigrations();
        expect(await checksOf(subgraph, schema)).toHaveLength(3);
      }
    }
  });

  it("should keep each agency's tables in its own schema and be re-runnable", async () => {
    const [first] = opened;
    const schemas = (await first.dataSource.query(
      `SELECT DISTINCT table_schema FROM information_schema.tables WHERE table_schema = ANY($1)`,
      [SUBGRAPHS.map((entry) => entry.definition.database.schema)],
    )) as { table_schema: string }[];
    expect(schemas.map((row) => row.table_schema).sort()).toEqual(SUBGRAPHS.map((entry) => entry.definition.database.schema).sort());
    const again = await openSubgraphDatabase(database.engine, SUBGRAPHS[0].definition.database);
    opened.push(again);
    expect(await again.dataSource.showMigrations()).toBe(false);
  });
});
