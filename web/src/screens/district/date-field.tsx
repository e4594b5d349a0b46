import "@mantine/dates/styles.css";
import "dayjs/locale/zh-tw";
import { DateInput } from "@mantine/dates";
import { rocDate } from "../../format/roc-date";
import { READABLE_DESCRIPTION } from "./readable";

/**
 * A date of a district form (訪視日期, 歸檔日期): Mantine's picker, typed as 2027-06-15 too, in
 * zh-TW; the chosen day is repeated in ROC form (民國 116/06/15), as the paper forms write it.
 * (ROC-typed entry waits for the household screens' web/src/format/roc-date-input.ts.)
 */
export function DateField(props: { label: string; value: string | null; onChange: (value: string | null) => void; error?: string; maxDate?: string }) {
  return (
    <DateInput
      label={props.label}
      required
      locale="zh-tw"
      valueFormat="YYYY-MM-DD"
      placeholder="YYYY-MM-DD"
      value={props.value}
      onChange={props.onChange}
      maxDate={props.maxDate}
      error={props.error}
      description={props.value === null ? "例：2027-06-15" : rocDate(props.value)}
      clearable={false}
      styles={READABLE_DESCRIPTION}
    />
  );
}
