import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Checkbox, Group, Stack } from "@mantine/core";
import { Controller, useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../format/taipei-today";
import type { ContactedPerson, ReminderMode } from "../../gql/graphql";
import { CONTACTED_PERSON_LABELS, REMINDER_MODE_LABELS } from "../../labels/programme-b";
import { FormDateField, FormRadios, FormFooter, FormSelect } from "../programme-b/form-fields";
import { isoDate } from "../programme-b/iso-date";
import { optionsOf } from "../programme-b/option-list";
import { useWrite } from "../programme-b/use-write";
import { RECORD_REMINDER } from "./vaccination-documents";

const MODES = ["LETTER", "SMS", "PHONE", "HOME_VISIT"] as const satisfies readonly ReminderMode[];
const REACHED = ["PARENT", "GRANDPARENT", "MAIN_CARER"] as const satisfies readonly ContactedPerson[];

/** B4: a two-way contact names whom it reached (a parent, grandparent or main carer); a letter is never two-way. */
const reminderSchema = z
  .object({
    remindedOn: isoDate("請選擇提醒日期"),
    mode: z.enum(MODES, { error: "請選擇提醒方式" }),
    twoWay: z.boolean(),
    reached: z.enum(REACHED).nullable(),
  })
  .refine((reminder) => !reminder.twoWay || reminder.reached !== null, { path: ["reached"], message: "雙向聯繫請選擇聯繫對象" })
  .refine((reminder) => !(reminder.twoWay && reminder.mode === "LETTER"), { path: ["twoWay"], message: "書信不是雙向聯繫" });
type Reminder = z.infer<typeof reminderSchema>;

/** B4: one catch-up reminder (衛教 with it): at least 3 within the CDC's 6 months, at least 1 two-way. */
export function ReminderForm({ followUpId, windowStart, onDone }: { followUpId: string; windowStart: string | null | undefined; onDone: () => void }) {
  const [record, { loading }] = useMutation(RECORD_REMINDER);
  const { problem, run } = useWrite(onDone);
  const form = useForm<Reminder>({ resolver: zodResolver(reminderSchema), mode: "onChange", defaultValues: { remindedOn: taipeiToday(), mode: "PHONE", twoWay: false, reached: null } });
  const twoWay = useWatch({ control: form.control, name: "twoWay" });
  const submit = form.handleSubmit((reminder) =>
    run(async () => {
      await record({ variables: { input: { followUpId, remindedOn: reminder.remindedOn, mode: reminder.mode, twoWay: reminder.twoWay, reached: reminder.twoWay ? reminder.reached : null } } });
      form.reset({ remindedOn: taipeiToday(), mode: "PHONE", twoWay: false, reached: null });
    }),
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="記錄催種提醒">
      <Stack gap="xs">
        <Group grow align="flex-start">
          <FormDateField control={form.control} name="remindedOn" label="提醒日期" minDate={windowStart} />
          <FormSelect control={form.control} name="mode" label="提醒方式" options={optionsOf(REMINDER_MODE_LABELS)} />
        </Group>
        <Controller
          control={form.control}
          name="twoWay"
          render={({ field, fieldState }) => <Checkbox label="雙向聯繫（與家長、祖父母或主要照顧者直接溝通）" checked={field.value} onChange={(event) => field.onChange(event.currentTarget.checked)} error={fieldState.error?.message} />}
        />
        {twoWay && (
          <FormRadios control={form.control} name="reached" label="聯繫對象" options={optionsOf(CONTACTED_PERSON_LABELS)} required />
        )}
        <FormFooter problem={problem} loading={loading}>
          記錄提醒
        </FormFooter>
      </Stack>
    </form>
  );
}
