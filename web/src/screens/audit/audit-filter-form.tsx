import "@mantine/dates/styles.css";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, Text, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import dayjs from "dayjs";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import type { AuditFilter } from "../../gql/graphql";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An audit query is about a person or a reader, never the whole log (issue #4): the form asks for one. */
const schema = z
  .object({
    personId: z.string().trim().refine((value) => value === "" || UUID.test(value), "個案識別碼格式不正確"),
    subject: z.string().trim(),
    from: z.string().nullable(),
    to: z.string().nullable(),
  })
  .refine((filter) => filter.personId !== "" || filter.subject !== "", { path: ["personId"], message: "請輸入個案識別碼或使用者代號" })
  .refine((filter) => filter.from === null || filter.to === null || filter.from <= filter.to, { path: ["to"], message: "結束日不可早於起始日" });

type FilterInput = z.infer<typeof schema>;

/** A Taipei day's start as an instant: the auditor thinks in office days, the log in instants. */
function startOfTaipeiDay(date: string): string {
  return `${date}T00:00:00+08:00`;
}

export function AuditFilterForm({ onSearch }: { onSearch: (filter: AuditFilter) => void }) {
  const { control, register, handleSubmit, formState } = useForm<FilterInput>({
    resolver: zodResolver(schema),
    defaultValues: { personId: "", subject: "", from: null, to: null },
  });
  const submit = handleSubmit((input) =>
    onSearch({
      personId: input.personId === "" ? null : input.personId,
      subject: input.subject === "" ? null : input.subject,
      from: input.from === null ? null : startOfTaipeiDay(input.from),
      // The whole last day: the query's `to` is exclusive.
      to: input.to === null ? null : startOfTaipeiDay(dayjs(input.to).add(1, "day").format("YYYY-MM-DD")),
      first: 500,
    }),
  );
  const day = (name: "from" | "to", label: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateInput label={label} valueFormat="YYYY-MM-DD" placeholder="2026-12-01" clearable value={field.value} onChange={field.onChange} error={fieldState.error?.message} w={170} />
      )}
    />
  );
  return (
    <form onSubmit={(event) => void submit(event)} aria-label="查詢條件">
      {/* Plain text, not the inputs' descriptions: Mantine dims those below 4.5:1. */}
      <Text mb="xs">依個案識別碼查詢誰讀取過此人的資料，或依使用者代號查詢其讀取過的資料；可加起訖日。</Text>
      <Group align="flex-start">
        <TextInput label="個案識別碼" {...register("personId")} error={formState.errors.personId?.message} w={340} />
        <TextInput label="使用者代號" {...register("subject")} error={formState.errors.subject?.message} w={220} />
        {day("from", "起始日")}
        {day("to", "結束日")}
        <Button type="submit" mt={24}>
          查詢
        </Button>
      </Group>
    </form>
  );
}
