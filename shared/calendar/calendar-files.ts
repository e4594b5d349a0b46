import { createHash } from "crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "fs";
import { basename, join } from "path";
import { officeYearFromKnownHolidays } from "./generate-year";
import { CalendarManifest, generatedManifestEntry, ManifestEntry, parseManifest } from "./manifest";
import { Closure, OfficeCalendar } from "./office-calendar";
import { CalendarFileError, formatOfficeCalendarCsv, parseOfficeCalendarCsv } from "./office-calendar-csv";
import { OfficeYear } from "./office-year";

/**
 * Where the shipped years live (data/calendar/ at the repository root). A compiled deployment
 * passes its own directory: this default is relative to the source tree.
 */
export const DEFAULT_CALENDAR_DIR = join(__dirname, "..", "..", "data", "calendar");

const MANIFEST_FILE = "manifest.json";

/** A shipped year that does not load: the process must not start computing deadlines from it. */
export class CalendarDataError extends Error {
  constructor(
    message: string,
    readonly errors: readonly CalendarFileError[] = [],
  ) {
    super(message);
  }
}

export function yearFilePath(directory: string, year: number): string {
  return join(directory, `${year}.csv`);
}

export function readManifest(directory: string): CalendarManifest {
  const path = join(directory, MANIFEST_FILE);
  if (!existsSync(path)) {
    return {};
  }
  return parseManifest(readFileSync(path, "utf8"));
}

function manifestText(manifest: CalendarManifest): string {
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([left], [right]) => left.localeCompare(right)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** Writes to a temporary file first, so a crash mid-write never leaves half a file behind. */
function replaceFile(path: string, content: string): void {
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, content, "utf8");
  renameSync(temporary, path);
}

function readYear(directory: string, year: number): OfficeYear {
  const path = yearFilePath(directory, year);
  if (!existsSync(path)) {
    throw new CalendarDataError(`${basename(path)} is listed in ${MANIFEST_FILE} but missing`);
  }
  const result = parseOfficeCalendarCsv(readFileSync(path), year);
  if (!result.ok) {
    const first = result.errors[0];
    throw new CalendarDataError(`${basename(path)} line ${first.line}: ${first.message} (${result.errors.length} problem(s))`, result.errors);
  }
  return result.year;
}

export interface LoadOptions {
  directory?: string;
  /** Only these years (default: every year in the manifest). */
  years?: readonly number[];
  closures?: readonly Closure[];
  now?: () => Date;
}

/** The office calendar from data/calendar/: every year the manifest lists, each file checked. */
export function loadOfficeCalendar(options: LoadOptions = {}): OfficeCalendar {
  const directory = options.directory ?? DEFAULT_CALENDAR_DIR;
  const years = options.years ?? Object.keys(readManifest(directory)).map(Number);
  return new OfficeCalendar(
    years.map((year) => readYear(directory, year)),
    { closures: options.closures, now: options.now },
  );
}

export type ImportResult = { ok: true; entry: ManifestEntry; days: number } | { ok: false; errors: CalendarFileError[] };

export interface ImportOptions {
  directory: string;
  year: number;
  /** The official file's bytes, exactly as downloaded. */
  content: Uint8Array;
  /** Where the file came from (a data.gov.tw URL, or its file name). */
  origin: string;
  now: Date;
}

/**
 * Replaces one year with the published 政府行政機關辦公日曆表 file and marks it verified. The file
 * is checked in full first; on any error nothing is written (issue #8: a failed import changes
 * nothing). The year is stored normalised (UTF-8, LF); the manifest keeps the original's SHA-256.
 */
export function importOfficialYear(options: ImportOptions): ImportResult {
  const result = parseOfficeCalendarCsv(options.content, options.year);
  if (!result.ok) {
    return result;
  }
  const manifest = readManifest(options.directory);
  const entry: ManifestEntry = {
    source: "政府行政機關辦公日曆表 (行政院人事行政總處), imported with npm run calendar:import",
    verified: true,
    origin: options.origin,
    sha256: createHash("sha256").update(options.content).digest("hex"),
    importedAt: options.now.toISOString(),
  };
  replaceFile(yearFilePath(options.directory, options.year), formatOfficeCalendarCsv(result.year));
  replaceFile(join(options.directory, MANIFEST_FILE), manifestText({ ...manifest, [String(options.year)]: entry }));
  return { ok: true, entry, days: result.year.days.length };
}

/**
 * Writes one year from the hand-written list (known-holidays.ts), marked unverified. Refuses to
 * overwrite a verified (imported) year unless `force` is set.
 */
export function writeGeneratedYear(directory: string, year: number, force = false): ManifestEntry {
  const manifest = readManifest(directory);
  if (manifest[String(year)]?.verified === true && !force) {
    throw new CalendarDataError(`${year} holds an imported, verified file; pass --force to replace it with the hand-written list`);
  }
  const entry = generatedManifestEntry(year);
  replaceFile(yearFilePath(directory, year), formatOfficeCalendarCsv(officeYearFromKnownHolidays(year)));
  replaceFile(join(directory, MANIFEST_FILE), manifestText({ ...manifest, [String(year)]: entry }));
  return entry;
}
