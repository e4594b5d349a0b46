import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../../format/taipei-today";
import { FOLLOW_UP_MET_LABELS } from "../../../labels/programme-b";
import { showServerErrors } from "../../household/server-errors";
import { FormDateField, FormFooter, FormRadios } from "../../programme-b/form-fields";
import { isoDate } from "../../programme-b/iso-date";
import { optionsOf } from "../../programme-b/option-list";
import { READABLE_DESCRIPTION } from "../readable";
import { RECORD_FOLLOW_UP_RESULT } from "./follow-up-documents";

/**
 * The form's values, named as FollowUpResultInput's fields (but `met`, a radio's code), so the
 * server's field path (input.followedUpOn) is the form's own field. The arrival is not checked
 * here: the server refuses a day before it and says so at the date.
 */
const resultSchema = z
  .object({
    met: z.enum(["MET", "NOT_MET"]),
    followedUpOn: isoDate("請選擇追蹤日期"),
    whereabouts: z.string().max(200, "兒童所在處所請在200字內"),
    note: z.string().max(4000, "追蹤情形請在4000字內"),
    officerName: z.string().trim().min(1, "請填寫追蹤人員").max(60, "姓名過長"),
  })
  .refine((result) => result.met !== "MET" || result.whereabouts.trim() !== "", { path: ["whereabouts"], message: "見到兒童時請填寫兒童所在處所" });
type Result = z.infer<typeof resultSchema>;

const blankToNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** B2, B9: the 里幹事's (or 人文課's) follow-up, once; it replies to the requester within 1 month. */
export function FollowUpResultForm({ requestId, officerName, onDone }: { requestId: string; officerName: string; onDone: () => void }) {
  const [record, { loading }] = useMutation(RECORD_FOLLOW_UP_RESULT);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Result>({
    resolver: zodResolver(resultSchema),
    mode: "onChange",
    defaultValues: { met: "MET", followedUpOn: taipeiToday(), whereabouts: "", note: "", officerName },
  });
  const met = useWatch({ control: form.control, name: "met" });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (result) => {
    setProblem(null);
    try {
      await record({
        variables: {
          input: {
            followUpRequestId: requestId,
            met: result.met === "MET",
            followedUpOn: result.followedUpOn,
            whereabouts: blankToNull(result.whereabouts),
            note: blankToNull(result.note),
            officerName: result.officerName.trim(),
          },
        },
      });
      onDone();
    } catch (error) {
      setProblem(showServerErrors(error, form, "input."));
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="記錄追蹤結果">
      <Stack gap="xs">
        <FormRadios control={form.control} name="met" label="追蹤結果" options={optionsOf(FOLLOW_UP_MET_LABELS)} required />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <FormDateField control={form.control} name="followedUpOn" label="追蹤日期" />
          <TextInput label="追蹤人員" required {...form.register("officerName")} error={errors.officerName?.message} autoComplete="off" />
        </SimpleGrid>
        <TextInput label="兒童所在處所" description="一行，將回復請求機關" styles={READABLE_DESCRIPTION} required={met === "MET"} {...form.register("whereabouts")} error={errors.whereabouts?.message} autoComplete="off" />
        <Textarea label="追蹤情形" autosize minRows={2} {...form.register("note")} error={errors.note?.message} />
        <FormFooter problem={problem === null ? null : { title: "無法回復", message: problem }} loading={loading}>
          記錄並回復請求機關
        </FormFooter>
      </Stack>
    </form>
  );
}
