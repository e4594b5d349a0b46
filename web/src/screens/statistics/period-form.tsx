import "@mantine/dates/styles.css";
import "dayjs/locale/zh-tw";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group } from "@mantine/core";
import { DatesProvider, MonthPickerInput } from "@mantine/dates";
import dayjs from "dayjs";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";

/** A period of whole months (A11: the statistics are monthly): the first day of the first month to the last of the last. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

const schema = z
  .object({ from: z.string({ error: "請選擇起始月份" }).min(1, "請選擇起始月份"), to: z.string({ error: "請選擇結束月份" }).min(1, "請選擇結束月份") })
  .refine((period) => period.from <= period.to, { path: ["to"], message: "結束月份不可早於起始月份" });

type PeriodInput = z.infer<typeof schema>;

/** 2027-03-01 → 民國 116 年 3 月: the month as the analyst reads it (ROC years). */
function rocMonthOf(value: string): string {
  return `民國 ${Number(value.slice(0, 4)) - 1911} 年 ${Number(value.slice(5, 7))} 月`;
}

const ARIA_LABELS = { nextYear: "下一年", previousYear: "上一年", nextDecade: "下十年", previousDecade: "上十年", yearLevelControl: "選擇年份" };

export function PeriodForm({ initial, onChoose }: { initial: Period; onChoose: (period: Period) => void }) {
  const { control, handleSubmit } = useForm<PeriodInput>({ resolver: zodResolver(schema), defaultValues: { from: initial.from, to: initial.to.slice(0, 8) + "01" } });
  const submit = handleSubmit((period) => onChoose({ from: period.from, to: dayjs(period.to).endOf("month").format("YYYY-MM-DD") }));
  const picker = (name: "from" | "to", label: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <MonthPickerInput
          label={label}
          value={field.value}
          onChange={(value) => field.onChange(value ?? "")}
          onBlur={field.onBlur}
          valueFormatter={({ date }) => (typeof date === "string" && date !== "" ? rocMonthOf(date) : "")}
          ariaLabels={ARIA_LABELS}
          error={fieldState.error?.message}
          w={200}
        />
      )}
    />
  );
  return (
    <DatesProvider settings={{ locale: "zh-tw" }}>
      <form onSubmit={(event) => void submit(event)} aria-label="統計期間">
        <Group align="flex-end">
          {picker("from", "起始月份")}
          {picker("to", "結束月份")}
          <Button type="submit">查詢</Button>
        </Group>
      </form>
    </DatesProvider>
  );
}
