import { DeadlineRule, dueAt } from "../calendar/deadline-rules";
import { OfficeCalendar } from "../calendar/office-calendar";
import type { ComputeDue, DueTimeRule } from "./rule";

function isDeadlineRule(rule: DueTimeRule): rule is DeadlineRule {
  const candidate = rule as Partial<Record<"kind" | "days" | "months", unknown>>;
  switch (candidate.kind) {
    case "noonNextWorkingDay":
      return true;
    case "period":
      return typeof candidate.days === "number" || typeof candidate.months === "number";
    case "calendarDays":
      return typeof candidate.days === "number";
    default:
      return false;
  }
}

/**
 * The deadlines' due-time arithmetic is the office calendar's (D9, R2): this adapter checks a rule
 * read back from the database before handing it to `dueAt`. An unknown kind is a programming error.
 */
export function officeCalendarDue(calendar: () => OfficeCalendar): ComputeDue {
  return (rule, startedAt) => {
    if (!isDeadlineRule(rule)) {
      throw new Error(`Unknown deadline rule kind ${rule.kind}`);
    }
    return dueAt(rule, startedAt, calendar());
  };
}
