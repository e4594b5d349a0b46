import "@mantine/dates/styles.css";
import "dayjs/locale/zh-tw";
import { DatePickerInput, DatesProvider } from "@mantine/dates";
import type { ReactNode } from "react";
import { rocDate } from "../../format/roc-date";
import { taipeiToday } from "../../format/taipei-today";

/** The pickers in Traditional Chinese, the week from Sunday as Taiwan's calendars print it. */
export function ZhTwDates({ children }: { children: ReactNode }) {
  return <DatesProvider settings={{ locale: "zh-tw", firstDayOfWeek: 0 }}>{children}</DatesProvider>;
}

/**
 * A date picked on a calendar and shown as the forms print it (民國 115/12/01). Typed entry waits
 * for the console's one ROC/ISO parser (web/src/format/roc-date-input.ts, issue #11's household
 * screens); until then the picker is the way in. No day after today: the platform refuses those (A10).
 */
export function DateField({ label, value, onChange, error, minDate }: { label: string; value: string; onChange: (value: string) => void; error?: string; minDate?: string }) {
  return (
    <DatePickerInput
      label={label}
      value={value === "" ? null : value}
      onChange={(picked) => onChange(picked ?? "")}
      valueFormatter={({ date }) => (typeof date === "string" ? rocDate(date) : "")}
      maxDate={taipeiToday()}
      minDate={minDate}
      error={error}
      required
    />
  );
}
