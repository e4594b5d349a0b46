import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Checkbox, Group, Radio, Select, Stack } from "@mantine/core";
import { Controller, useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../format/taipei-today";
import { RocDateField } from "../../forms/roc-date-field";
import type { ContactedPerson, ReminderMode } from "../../gql/graphql";
import { CONTACTED_PERSON_LABELS, REMINDER_MODE_LABELS } from "../../labels/programme-b";
import { ServerError } from "../district/server-error";
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
          <Controller
            control={form.control}
            name="remindedOn"
            render={({ field, fieldState }) => (
              <RocDateField label="提醒日期" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} minDate={windowStart ?? undefined} maxDate={taipeiToday()} required />
            )}
          />
          <Controller
            control={form.control}
            name="mode"
            render={({ field, fieldState }) => (
              <Select label="提醒方式" data={optionsOf(REMINDER_MODE_LABELS)} value={field.value} onChange={(value) => field.onChange(value ?? "")} error={fieldState.error?.message} allowDeselect={false} required />
            )}
          />
        </Group>
        <Controller
          control={form.control}
          name="twoWay"
          render={({ field, fieldState }) => <Checkbox label="雙向聯繫（與家長、祖父母或主要照顧者直接溝通）" checked={field.value} onChange={(event) => field.onChange(event.currentTarget.checked)} error={fieldState.error?.message} />}
        />
        {twoWay && (
          <Controller
            control={form.control}
            name="reached"
            render={({ field, fieldState }) => (
              <Radio.Group label="聯繫對象" value={field.value} onChange={(value) => field.onChange(value)} error={fieldState.error?.message} required>
                <Group mt={4}>
                  {optionsOf(CONTACTED_PERSON_LABELS).map((option) => (
                    <Radio key={option.value} value={option.value} label={option.label} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
        )}
        <ServerError problem={problem} />
        <Group>
          <Button type="submit" loading={loading}>
            記錄提醒
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
