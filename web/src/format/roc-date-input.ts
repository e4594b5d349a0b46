/**
 * A date as a caseworker types it (issue #11: "typed either way"): the ROC calendar as on paper
 * (民國 115/12/01, 115/12/1, 115-12-01, 1151201) or the Gregorian one (2026-12-01, 2026/12/01,
 * 20261201). Both give the ISO date the API takes (LocalDate); anything that is not a real
 * calendar date gives null, so a form can say so at its field instead of sending it.
 */
const ROC_OFFSET = 1911;

/** Year, month, day separated by / - . or spaces (民國 and 年月日 are read as separators too). */
const SEPARATED = /^(\d{2,4})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{1,2})$/;
/** Without separators: 7 digits are ROC (1151201), 8 are Gregorian (20261201). */
const COMPACT_ROC = /^(\d{3})(\d{2})(\d{2})$/;
const COMPACT_GREGORIAN = /^(\d{4})(\d{2})(\d{2})$/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** A 4-digit year is Gregorian; 2–3 digits are ROC years (民國 1 is 1912). */
function gregorianYear(written: string): number {
  const year = Number(written);
  return written.length === 4 ? year : year + ROC_OFFSET;
}

function isoOf(year: number, month: number, day: number): string | null {
  // The round trip through Date rejects 115/02/30 and month 13, which the patterns let through.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1912 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The ISO date (2026-12-01) a typed date means, or null when it is not one. */
export function parseDateInput(typed: string): string | null {
  const text = typed
    .trim()
    .replace(/^民國\s*/, "")
    .replace(/[年月]/g, "/")
    .replace(/日$/, "")
    .trim();
  const separated = SEPARATED.exec(text);
  if (separated !== null) {
    return isoOf(gregorianYear(separated[1]), Number(separated[2]), Number(separated[3]));
  }
  const gregorian = COMPACT_GREGORIAN.exec(text);
  if (gregorian !== null) {
    return isoOf(Number(gregorian[1]), Number(gregorian[2]), Number(gregorian[3]));
  }
  const roc = COMPACT_ROC.exec(text);
  if (roc !== null) {
    return isoOf(Number(roc[1]) + ROC_OFFSET, Number(roc[2]), Number(roc[3]));
  }
  return null;
}
