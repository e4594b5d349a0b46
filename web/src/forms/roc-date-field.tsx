import "@mantine/dates/styles.css";
import "dayjs/locale/zh-tw";
import { DateInput, DatesProvider } from "@mantine/dates";
import { rocDate } from "../format/roc-date";
import { parseDateInput } from "../format/roc-date-input";

/** The picker's month, year and decade buttons are icons: their names, for screen readers (axe's button-name). */
const PICKER_LABELS = {
  previousMonth: "上個月",
  nextMonth: "下個月",
  previousYear: "上一年",
  nextYear: "下一年",
  previousDecade: "上十年",
  nextDecade: "下十年",
  monthLevelControl: "選擇月份",
  yearLevelControl: "選擇年份",
};

interface RocDateFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (isoDate: string) => void;
  readonly onBlur?: () => void;
  readonly error?: string;
  readonly required?: boolean;
  readonly description?: string;
  /** ISO dates (YYYY-MM-DD) bounding the picker, e.g. no day after today where the platform refuses future dates. */
  readonly minDate?: string;
  readonly maxDate?: string;
}

/**
 * A date shown as the forms print it (民國 115/12/01) and typed either way (ROC or Gregorian, issue
 * #11), with Mantine's picker for those who click; the form holds the ISO date the API takes.
 * Every date field of the console is this one.
 */
export function RocDateField({ label, value, onChange, onBlur, error, required, description, minDate, maxDate }: RocDateFieldProps) {
  return (
    <DatesProvider settings={{ locale: "zh-tw", firstDayOfWeek: 0 }}>
      <DateInput
        label={label}
        description={description ?? "可輸入民國（115/12/01）或西元（2026-12-01）"}
        placeholder="民國 115/12/01"
        value={value === "" ? null : value}
        onChange={(next) => onChange(next ?? "")}
        onBlur={onBlur}
        dateParser={parseDateInput}
        minDate={minDate}
        maxDate={maxDate}
        valueFormat={(date) => rocDate(date)}
        error={error}
        required={required}
        clearable={required !== true}
        clearButtonProps={{ "aria-label": `清除${label}` }}
        ariaLabels={PICKER_LABELS}
      />
    </DatesProvider>
  );
}
