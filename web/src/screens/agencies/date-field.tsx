import { DatesProvider } from "@mantine/dates";
import type { ReactNode } from "react";
import { taipeiToday } from "../../format/taipei-today";
import { RocDateField } from "../../forms/roc-date-field";

/** The pickers in Traditional Chinese, the week from Sunday as Taiwan's calendars print it. */
export function ZhTwDates({ children }: { children: ReactNode }) {
  return <DatesProvider settings={{ locale: "zh-tw", firstDayOfWeek: 0 }}>{children}</DatesProvider>;
}

/** A day of the agency's work, typed (ROC or Gregorian) or picked; no day after today: the platform refuses those (A10). */
export function DateField({ label, value, onChange, error, minDate }: { label: string; value: string; onChange: (value: string) => void; error?: string; minDate?: string }) {
  return <RocDateField label={label} value={value} onChange={onChange} error={error} minDate={minDate} maxDate={taipeiToday()} required />;
}
