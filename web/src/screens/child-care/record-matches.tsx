import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Checkbox, Group, Stack, Table, TextInput, Title } from "@mantine/core";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { rocDate } from "../../format/roc-date";
import { taipeiToday } from "../../format/taipei-today";
import type { ChildCareRecordSource, ConsoleChildCareCaseQuery } from "../../gql/graphql";
import { RECORD_SOURCE_LABELS } from "../../labels/programme-b";
import { SOCIAL_UNIT_LABELS } from "../../orgs";
import { FormDateField, FormFooter, FormSelect } from "../programme-b/form-fields";
import { HeaderRow } from "../programme-b/form-fields";
import { isoDate } from "../programme-b/iso-date";
import { optionsOf } from "../programme-b/option-list";
import { useWrite } from "../programme-b/use-write";
import { RECORD_MATCH } from "./child-care-documents";

type Match = NonNullable<NonNullable<ConsoleChildCareCaseQuery["childCareCase"]>["recordMatches"]>[number];

const SOURCES = Object.keys(RECORD_SOURCE_LABELS) as ChildCareRecordSource[];

const matchSchema = z.object({
  source: z.string().min(1, "請選擇比對資料"),
  found: z.boolean(),
  note: z.string().max(2000),
  matchedOn: isoDate("請選擇比對日期"),
});
type MatchValues = z.infer<typeof matchSchema>;

/**
 * B3 (註3): the six platform records a unit matches before any police search, each once per case
 * (one another unit matched is shown, not repeated): what is recorded, then a form for the rest.
 */
export function RecordMatches({ caseId, matches, onDone }: { caseId: string; matches: readonly Match[]; onDone: () => void }) {
  const [record, { loading }] = useMutation(RECORD_MATCH);
  const { problem, run } = useWrite(onDone);
  const bySource = new Map(matches.map((match) => [match.source, match]));
  const remaining = SOURCES.filter((source) => !bySource.has(source));
  const form = useForm<MatchValues>({ resolver: zodResolver(matchSchema), mode: "onChange", defaultValues: { source: remaining[0] ?? "", found: false, note: "", matchedOn: taipeiToday() } });
  const submit = form.handleSubmit((values) =>
    run(async () => {
      await record({ variables: { input: { caseId, source: values.source as ChildCareRecordSource, found: values.found, note: values.note.trim() === "" ? null : values.note.trim(), matchedOn: values.matchedOn } } });
      form.reset({ source: remaining.find((source) => source !== values.source) ?? "", found: false, note: "", matchedOn: values.matchedOn });
    }),
  );
  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        平台資料比對（B3，{matches.length}／6 項）
      </Title>
      <Table striped aria-label="平台資料比對">
        <HeaderRow columns={["比對資料", "結果", "比對日期／單位"]} />
        <Table.Tbody>
          {SOURCES.map((source) => {
            const match = bySource.get(source);
            return (
              <Table.Tr key={source}>
                <Table.Td>{RECORD_SOURCE_LABELS[source]}</Table.Td>
                <Table.Td>{match === undefined ? "未比對" : match.found === true ? `有線索：${match.note ?? ""}` : "無線索"}</Table.Td>
                <Table.Td>{match === undefined ? "—" : `${rocDate(match.matchedOn)} ${match.matchedByUnit === null || match.matchedByUnit === undefined ? "" : SOCIAL_UNIT_LABELS[match.matchedByUnit]}`}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {remaining.length > 0 && (
        <form onSubmit={(event) => void submit(event)} noValidate aria-label="記錄資料比對">
          <Stack gap="xs">
            <Group grow align="flex-start">
              <FormSelect control={form.control} name="source" label="比對資料" options={optionsOf(RECORD_SOURCE_LABELS, remaining)} />
              <FormDateField control={form.control} name="matchedOn" label="比對日期" />
            </Group>
            <Controller control={form.control} name="found" render={({ field }) => <Checkbox label="有兒童下落線索" checked={field.value} onChange={(event) => field.onChange(event.currentTarget.checked)} />} />
            <TextInput label="比對所得（地址、院所等）" {...form.register("note")} error={form.formState.errors.note?.message} maxLength={2000} />
            <FormFooter problem={problem} loading={loading} primary={false}>
              記錄比對
            </FormFooter>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
