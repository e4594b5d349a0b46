import { datesOfYear, isIsoDate, IsoDate, weekdayOf } from "./iso-date";
import { CSV_HEADER, FLAG_OFF, FLAG_WORKING, OfficeDay, OfficeYear, WEEKDAY_NAMES } from "./office-year";

/** A problem in a calendar file; `line` is 1-based, the header being line 1. */
export interface CalendarFileError {
  line: number;
  message: string;
}

export type CalendarFileResult = { ok: true; year: OfficeYear } | { ok: false; errors: CalendarFileError[] };

const BOM = "\uFEFF";

/** Splits one CSV line; fields may be double-quoted (a 備註 with a comma), `""` is a quote. */
function splitCsvLine(line: string): string[] | undefined {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === "") {
      quoted = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
    } else {
      field += char;
    }
  }
  if (quoted) {
    return undefined;
  }
  fields.push(field);
  return fields;
}

/** `20160609` → `2016-06-09`, or undefined when it is not a real date. */
function isoFromCompact(value: string): IsoDate | undefined {
  if (!/^\d{8}$/.test(value)) {
    return undefined;
  }
  const iso = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * Decodes a file as UTF-8 (with or without BOM). The published files are UTF-8; an older copy in
 * Big5 fails here with a line-1 error instead of being read as mojibake.
 */
export function decodeCalendarFile(bytes: Uint8Array): { ok: true; text: string } | { ok: false; errors: CalendarFileError[] } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text: text.startsWith(BOM) ? text.slice(1) : text };
  } catch {
    return { ok: false, errors: [{ line: 1, message: "the file is not UTF-8 (convert it first, e.g. iconv -f BIG5 -t UTF-8)" }] };
  }
}

/**
 * Parses and checks one year of the 政府行政機關辦公日曆表 CSV (header 西元日期,星期,是否放假,備註):
 * every day of `year` exactly once, 星期 matching the date, 是否放假 0 or 2, no date of another
 * year. Reports every problem with its line number, so a city can fix the file in one pass.
 * Accepts a BOM, CRLF or LF, blank lines and a missing 備註 column.
 */
export function parseOfficeCalendarCsv(content: string | Uint8Array, year: number): CalendarFileResult {
  let text: string;
  if (typeof content === "string") {
    text = content.startsWith(BOM) ? content.slice(1) : content;
  } else {
    const decoded = decodeCalendarFile(content);
    if (!decoded.ok) {
      return decoded;
    }
    text = decoded.text;
  }
  const lines = text.split(/\r?\n/);
  const errors: CalendarFileError[] = [];
  const header = splitCsvLine(lines[0] ?? "")?.map((field) => field.trim());
  const headerMatches = header !== undefined && (header.length === 3 || header.length === 4) && header.every((name, index) => name === CSV_HEADER[index]);
  if (!headerMatches) {
    errors.push({ line: 1, message: `the header must be ${CSV_HEADER.join(",")}` });
  }
  const byDate = new Map<IsoDate, { line: number; day: OfficeDay }>();
  for (let index = 1; index < lines.length; index += 1) {
    const line = index + 1;
    if (lines[index].trim() === "") {
      continue;
    }
    const fields = splitCsvLine(lines[index]);
    if (fields === undefined || fields.length < 3 || fields.length > 4) {
      errors.push({ line, message: "expected 3 or 4 fields: 西元日期,星期,是否放假,備註" });
      continue;
    }
    const [compact, weekday, flag, note = ""] = fields.map((field) => field.trim());
    const date = isoFromCompact(compact);
    if (date === undefined) {
      errors.push({ line, message: "西元日期 must be a date YYYYMMDD" });
      continue;
    }
    if (Number(date.slice(0, 4)) !== year) {
      errors.push({ line, message: `${date} is not in ${year}` });
      continue;
    }
    const expectedWeekday = WEEKDAY_NAMES[weekdayOf(date)];
    if (weekday !== expectedWeekday) {
      errors.push({ line, message: `星期 of ${date} must be ${expectedWeekday}` });
    }
    if (flag !== FLAG_OFF && flag !== FLAG_WORKING) {
      errors.push({ line, message: `是否放假 must be ${FLAG_WORKING} or ${FLAG_OFF}` });
    }
    const seen = byDate.get(date);
    if (seen !== undefined) {
      errors.push({ line, message: `${date} appears again (first on line ${seen.line})` });
      continue;
    }
    byDate.set(date, { line, day: { date, off: flag === FLAG_OFF, note } });
  }
  const days: OfficeDay[] = [];
  let lastLine = 1;
  for (const date of datesOfYear(year)) {
    const entry = byDate.get(date);
    if (entry === undefined) {
      // A missing day has no line of its own: name the line where it belongs (after the previous day).
      errors.push({ line: lastLine + 1, message: `${date} is missing` });
      continue;
    }
    lastLine = entry.line;
    days.push(entry.day);
  }
  if (errors.length > 0) {
    return { ok: false, errors: errors.sort((left, right) => left.line - right.line) };
  }
  return { ok: true, year: { year, days } };
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes a year in the published layout (UTF-8, LF, no BOM), the layout the loader reads. */
export function formatOfficeCalendarCsv(year: OfficeYear): string {
  const rows = year.days.map((day) =>
    [day.date.replace(/-/g, ""), WEEKDAY_NAMES[weekdayOf(day.date)], day.off ? FLAG_OFF : FLAG_WORKING, csvField(day.note)].join(","),
  );
  return `${[CSV_HEADER.join(","), ...rows].join("\n")}\n`;
}
