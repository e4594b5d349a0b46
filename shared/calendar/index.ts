/** Taipei's office calendar and R2 deadline counting (D9, issue #8): what subgraphs import. */
export { CalendarDataError, DEFAULT_CALENDAR_DIR, importOfficialYear, loadOfficeCalendar, readManifest, writeGeneratedYear, yearFilePath } from "./calendar-files";
export type { ImportOptions, ImportResult, LoadOptions } from "./calendar-files";
export { DEADLINE_RULES, dueAt } from "./deadline-rules";
export type { DeadlineRule, DeadlineRuleEntry, DeadlineStep } from "./deadline-rules";
export { CalendarYearNotLoaded } from "./errors";
export { addDays, addMonthsArt48, checkIsoDate, isIsoDate } from "./iso-date";
export type { IsoDate } from "./iso-date";
export type { CalendarManifest, ManifestEntry } from "./manifest";
export { OfficeCalendar } from "./office-calendar";
export type { CalendarChange, CalendarDay, Closure, OfficeCalendarOptions, Period } from "./office-calendar";
export { formatOfficeCalendarCsv, parseOfficeCalendarCsv } from "./office-calendar-csv";
export type { CalendarFileError, CalendarFileResult } from "./office-calendar-csv";
export type { OfficeDay, OfficeYear } from "./office-year";
export { endOfTaipeiDay, taipeiDateOf, taipeiInstant } from "./taipei-time";
