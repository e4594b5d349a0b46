import { randomUUID } from "crypto";
import type { DataSource, EntityManager } from "typeorm";
import { checkIsoDate } from "../../../shared/calendar/iso-date";
import { taipeiDateOf } from "../../../shared/calendar/taipei-time";
import { now } from "../../../shared/clock";
import { intakeOnce, requireClientKey } from "../../../shared/db/idempotent-intake";
import { isUniqueViolation } from "../../../shared/db/unique-violation";
import { DISTRICT_DIRECTORY_CITY } from "../../../shared/directory/intake";
import { ServiceDirectoryNotice, VisitFormBoxNotice } from "../../../shared/directory/notice";
import { VisitFormBoxKind } from "../../../shared/directory/visit-form-box-kind";
import { badUserInput, conflict } from "../../../shared/errors";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { DISTRICT_SCHEMA } from "../schema-name";
import { ServiceDirectoryVersion, StoredVisitFormBox } from "./service-directory-version.entity";
import { ReceivedServiceDirectory, VisitFormBoxView } from "./visit-form-box.type";

const MAX_BOXES = 30;
const MAX_NEEDS = 20;
const BOX_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** Issue #9: a box's needs, upper-case codes each once, only on a REFERRAL box (what a referral carries to a partner agency). */
function checkedNeeds(box: VisitFormBoxNotice, field: string): string[] {
  const needs = box.needs ?? [];
  if (needs.length > MAX_NEEDS || new Set(needs).size !== needs.length || needs.some((need) => !BOX_CODE.test(need))) {
    throw badUserInput(`${field}.needs must be at most ${MAX_NEEDS} upper-case codes, each once`, `${field}.needs`);
  }
  if (needs.length > 0 && box.kind !== VisitFormBoxKind.REFERRAL) {
    throw badUserInput(`${field}.needs is for a REFERRAL box only`, `${field}.needs`);
  }
  return needs;
}

/** A box as sent, checked (errors name the field, never a value) and in the stored field order. */
function checkedBox(box: VisitFormBoxNotice, field: string): StoredVisitFormBox {
  if (!BOX_CODE.test(box.code)) {
    throw badUserInput(`${field}.code must be an upper-case code`, `${field}.code`);
  }
  if (!Number.isInteger(box.order) || box.order < 1) {
    throw badUserInput(`${field}.order must be a whole number, at least 1`, `${field}.order`);
  }
  if ((box.kind === VisitFormBoxKind.OTHER) !== (box.agencyCode === null)) {
    throw badUserInput(`${field}.agencyCode is required for REFERRAL and INTERNAL, absent for OTHER`, `${field}.agencyCode`);
  }
  return {
    code: box.code,
    label: requiredText(box.label, `${field}.label`, 100),
    order: box.order,
    kind: box.kind,
    agencyCode: optionalText(box.agencyCode, `${field}.agencyCode`, 100),
    agencyName: optionalText(box.agencyName, `${field}.agencyName`, 200),
    phone: optionalText(box.phone, `${field}.phone`, 30),
    description: requiredText(box.description, `${field}.description`, 500),
    printedOnForm: box.printedOnForm,
    needs: checkedNeeds(box, field),
  };
}

function checkedBoxes(boxes: readonly VisitFormBoxNotice[]): StoredVisitFormBox[] {
  if (boxes.length > MAX_BOXES) {
    throw badUserInput(`input.boxes may list at most ${MAX_BOXES}`, "input.boxes");
  }
  const checked = boxes.map((box, b) => checkedBox(box, `input.boxes[${b}]`));
  if (new Set(checked.map((box) => box.code)).size !== checked.length || new Set(checked.map((box) => box.order)).size !== checked.length) {
    throw badUserInput("input.boxes must not repeat a code or an order", "input.boxes");
  }
  return checked.sort((a, b) => a.order - b.order);
}

/** The boxes field by field in a fixed order: jsonb keeps its own key order, so a retry is compared by value. */
const canonical = (boxes: readonly StoredVisitFormBox[]): string =>
  JSON.stringify(boxes.map((box) => [box.code, box.label, box.order, box.kind, box.agencyCode, box.agencyName, box.phone, box.description, box.printedOnForm, box.needs]));

/** A date column as the driver returns it (a string from pg; guard a Date all the same). */
const isoDateOf = (value: string | Date): string => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/**
 * The intake of a directory version from 民政局 (issue #9, C1, D3): stored once per delivery key; the
 * same key with other content is a CONFLICT, another key for a stored version date too (the unique
 * city and date). Only the district's city: the 12 districts are Taipei's.
 */
export async function receiveServiceDirectory(dataSource: DataSource, input: ServiceDirectoryNotice): Promise<ReceivedServiceDirectory> {
  requireClientKey(input.clientKey);
  if (input.city !== DISTRICT_DIRECTORY_CITY) {
    throw badUserInput(`input.city must be ${DISTRICT_DIRECTORY_CITY}: the district's visit form is its city's`, "input.city");
  }
  const candidate = Object.assign(new ServiceDirectoryVersion(), {
    id: randomUUID(),
    clientKey: input.clientKey,
    city: input.city,
    versionDate: checkIsoDate(input.versionDate, "input.versionDate"),
    boxes: checkedBoxes(input.boxes),
    receivedAt: now(),
  });
  let stored: ServiceDirectoryVersion;
  try {
    stored = await intakeOnce(dataSource, ServiceDirectoryVersion, candidate, (row, sent) => row.city === sent.city && isoDateOf(row.versionDate) === sent.versionDate && canonical(row.boxes) === canonical(sent.boxes));
  } catch (error) {
    // The other unique key: 民政局 publishes one version per date, so a second key for it is not a retry.
    if (isUniqueViolation(error)) {
      throw conflict("A directory version of that date was already delivered under another clientKey");
    }
    throw error;
  }
  return { id: stored.id, city: stored.city, versionDate: isoDateOf(stored.versionDate), receivedAt: stored.receivedAt };
}

/**
 * The visit form's boxes of the directory version in force on `on` (default: today in Taipei), in
 * the form's order; empty until 民政局's first delivery. For the visit record (a ticked box must be
 * one of these) and for referrals (a REFERRAL box's agencyCode is the target): pass the caller's
 * transaction manager, so the check and the write see the same version.
 */
export async function boxesInForce(manager: DataSource | EntityManager, on: string = taipeiDateOf(now())): Promise<VisitFormBoxView[]> {
  const rows = (await manager.query(
    `SELECT to_char("version_date", 'YYYY-MM-DD') AS "version_date", "boxes" FROM "${DISTRICT_SCHEMA}"."service_directory_versions"
      WHERE "city" = $1 AND "version_date" <= $2::date ORDER BY "version_date" DESC LIMIT 1`,
    [DISTRICT_DIRECTORY_CITY, on],
  )) as { version_date: string; boxes: StoredVisitFormBox[] | string }[];
  if (rows.length === 0) {
    return [];
  }
  const boxes = typeof rows[0].boxes === "string" ? (JSON.parse(rows[0].boxes) as StoredVisitFormBox[]) : rows[0].boxes;
  return [...boxes].sort((a, b) => a.order - b.order).map((box) => ({ ...box, needs: [...box.needs], versionDate: rows[0].version_date }));
}

/** The console's read (C1): `asOf` checked like every date input. */
export function visitFormBoxes(dataSource: DataSource, asOf: string | null | undefined): Promise<VisitFormBoxView[]> {
  return boxesInForce(dataSource, asOf === null || asOf === undefined ? undefined : checkIsoDate(asOf, "asOf"));
}
