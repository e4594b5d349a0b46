import type { DataSource } from "typeorm";
import type { Principal } from "../auth/principal";
import { now } from "../clock";
import { badUserInput } from "../errors";
import { RetentionSetting } from "./retention.types";
import { MIN_RETENTION_MONTHS, retentionSettingsTableOf } from "./table";

/** A century: a period longer than that is a typing mistake, not a policy. */
const MAX_RETENTION_MONTHS = 1200;

interface SettingRow {
  org: string;
  period_months: number | null;
  set_by: string;
  set_at: Date | string;
}

function presentSetting(org: string, row: SettingRow | undefined): RetentionSetting {
  return Object.assign(new RetentionSetting(), {
    org,
    periodMonths: row === undefined ? null : row.period_months,
    setAt: row === undefined ? null : new Date(row.set_at),
    setBy: row === undefined ? null : row.set_by,
  });
}

/** The setting of one organisation; "off" when it never set one. */
export async function retentionSettingOf(dataSource: DataSource, schema: string, org: string): Promise<RetentionSetting> {
  const rows = (await dataSource.query(`SELECT "org", "period_months", "set_by", "set_at" FROM ${retentionSettingsTableOf(schema)} WHERE "org" = $1`, [org])) as SettingRow[];
  return presentSetting(org, rows[0]);
}

/** A9: at least 12 months after closing, whole months; null turns the purge off. */
export function checkedPeriod(periodMonths: number | null | undefined): number | null {
  if (periodMonths === null || periodMonths === undefined) {
    return null;
  }
  if (!Number.isInteger(periodMonths) || periodMonths < MIN_RETENTION_MONTHS || periodMonths > MAX_RETENTION_MONTHS) {
    throw badUserInput(`periodMonths must be a whole number of months from ${MIN_RETENTION_MONTHS} (A9: at least one year) to ${MAX_RETENTION_MONTHS}, or null (off)`, "periodMonths");
  }
  return periodMonths;
}

/**
 * The owner sets (or turns off) its own organisation's period; the policy's `actsFor` has already
 * made `org` the caller's own. Refused under a year before anything is written (BAD_USER_INPUT).
 */
export async function setRetention(dataSource: DataSource, schema: string, principal: Principal, org: string, periodMonths: number | null | undefined): Promise<RetentionSetting> {
  const period = checkedPeriod(periodMonths);
  const rows = (await dataSource.query(
    `INSERT INTO ${retentionSettingsTableOf(schema)} ("org", "period_months", "set_by", "set_by_role", "set_at") VALUES ($1, $2, $3, $4, $5::timestamptz)
     ON CONFLICT ("org") DO UPDATE SET "period_months" = EXCLUDED."period_months", "set_by" = EXCLUDED."set_by",
       "set_by_role" = EXCLUDED."set_by_role", "set_at" = EXCLUDED."set_at"
     RETURNING "org", "period_months", "set_by", "set_at"`,
    [org, period, principal.subject, principal.role, now().toISOString()],
  )) as SettingRow[];
  return presentSetting(org, rows[0]);
}
