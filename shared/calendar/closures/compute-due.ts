import type { ComputeDue, DueTimeRule } from "../../deadlines/rule";
import { DeadlineRule, dueAt } from "../deadline-rules";
import type { OfficeCalendar } from "../office-calendar";

function numberOf(rule: DueTimeRule, name: string): number | undefined {
  const value: unknown = Object.entries(rule).find(([key]) => key === name)?.[1];
  return typeof value === "number" ? value : undefined;
}

/** A stored rule (jsonb) back as the calendar's rule; an unknown shape is a programming error. */
function deadlineRuleOf(rule: DueTimeRule): DeadlineRule {
  const days = numberOf(rule, "days");
  const months = numberOf(rule, "months");
  switch (rule.kind) {
    case "noonNextWorkingDay":
      return { kind: "noonNextWorkingDay" };
    case "period":
      if (months !== undefined) {
        return { kind: "period", months };
      }
      if (days !== undefined) {
        return { kind: "period", days };
      }
      break;
    case "calendarDays":
      if (days !== undefined) {
        return { kind: "calendarDays", days, earliestDay: numberOf(rule, "earliestDay") };
      }
      break;
  }
  throw new Error(`Unknown deadline rule ${rule.kind}`);
}

/**
 * shared/deadlines' `computeDue` over an office calendar (D9): `dueAt` of shared/calendar with the
 * calendar as it is now, so a recompute after a closure counts the closure (issue #8).
 */
export function calendarComputeDue(calendar: () => OfficeCalendar): ComputeDue {
  return (rule, startedAt) => dueAt(deadlineRuleOf(rule), startedAt, calendar());
}
