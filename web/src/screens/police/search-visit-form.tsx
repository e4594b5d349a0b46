import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Group, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../format/taipei-today";
import { FormDateField, FormFooter } from "../programme-b/form-fields";
import { isoDate } from "../programme-b/iso-date";
import { useWrite } from "../programme-b/use-write";
import { RECORD_SEARCH_VISIT } from "./search-documents";

const visitSchema = z.object({ visitedOn: isoDate("請選擇訪查日期"), note: z.string().max(2000), officerName: z.string().trim().min(1, "請填寫訪查員警") });
type Visit = z.infer<typeof visitSchema>;

/** B2: the officers' visit (within 7 days of receiving the request); recorded again while the search goes on. */
export function SearchVisitForm({ requestId, officerName, onDone }: { requestId: string; officerName: string; onDone: () => void }) {
  const [record, { loading }] = useMutation(RECORD_SEARCH_VISIT);
  const { problem, run } = useWrite(onDone);
  const form = useForm<Visit>({ resolver: zodResolver(visitSchema), mode: "onChange", defaultValues: { visitedOn: taipeiToday(), note: "", officerName } });
  const submit = form.handleSubmit((visit) =>
    run(() => record({ variables: { input: { searchRequestId: requestId, visitedOn: visit.visitedOn, note: visit.note.trim() === "" ? null : visit.note.trim(), officerName: visit.officerName.trim() } } })),
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="記錄訪查">
      <Stack gap="xs">
        <Group grow align="flex-start">
          <FormDateField control={form.control} name="visitedOn" label="訪查日期" />
          <TextInput label="訪查員警" {...form.register("officerName")} error={form.formState.errors.officerName?.message} required />
        </Group>
        <Textarea label="訪查情形" autosize minRows={1} {...form.register("note")} maxLength={2000} />
        <FormFooter problem={problem} loading={loading} primary={false}>
          記錄訪查
        </FormFooter>
      </Stack>
    </form>
  );
}
