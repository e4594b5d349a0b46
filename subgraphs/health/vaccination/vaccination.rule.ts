import type { CatchUpReminderRule } from "./vaccination.input";

/** B4: at least 3 reminders within 6 months (the CDC's window, as given), at least 1 two-way. */
export const MIN_REMINDERS = 3;
export const MIN_TWO_WAY = 1;

export function catchUpRuleOf(window: { windowStart: string; windowEnd: string }, reminders: readonly { remindedOn: string; twoWay: boolean }[]): CatchUpReminderRule {
  const inWindow = reminders.filter((reminder) => reminder.remindedOn >= window.windowStart && reminder.remindedOn <= window.windowEnd);
  const twoWay = inWindow.filter((reminder) => reminder.twoWay).length;
  return { remindersInWindow: inWindow.length, twoWayContacts: twoWay, holds: inWindow.length >= MIN_REMINDERS && twoWay >= MIN_TWO_WAY };
}
