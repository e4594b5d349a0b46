import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, Select, Stack } from "@mantine/core";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../format/taipei-today";
import { RocDateField } from "../../forms/roc-date-field";
import type { VaccinationOutcome } from "../../gql/graphql";
import { VACCINATION_OUTCOME_LABELS } from "../../labels/programme-b";
import { ServerError } from "../district/server-error";
import { isoDate } from "../programme-b/iso-date";
import { optionsOf } from "../programme-b/option-list";
import { useWrite } from "../programme-b/use-write";
import { RECORD_OUTCOME } from "./vaccination-documents";

const OUTCOMES = ["VACCINATED", "REFUSED_SIGNED", "REFUSED_NOT_SIGNED", "NOBODY_LIVES_THERE"] as const satisfies readonly VaccinationOutcome[];

const outcomeSchema = z.object({ outcome: z.enum(OUTCOMES, { error: "請選擇催種結果" }), outcomeOn: isoDate("請選擇結果日期") });
type Outcome = z.infer<typeof outcomeSchema>;

/** B4: what came of the catch-up, recorded once; (c) and (d) need it on record before the referral. */
export function OutcomeForm({ followUpId, windowStart, onDone }: { followUpId: string; windowStart: string | null | undefined; onDone: () => void }) {
  const [record, { loading }] = useMutation(RECORD_OUTCOME);
  const { problem, run } = useWrite(onDone);
  const form = useForm<Outcome>({ resolver: zodResolver(outcomeSchema), mode: "onChange", defaultValues: { outcomeOn: taipeiToday() } });
  const submit = form.handleSubmit((outcome) => run(() => record({ variables: { input: { followUpId, ...outcome } } })));
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="記錄催種結果">
      <Stack gap="xs">
        <Group grow align="flex-start">
          <Controller
            control={form.control}
            name="outcome"
            render={({ field, fieldState }) => (
              <Select label="催種結果" data={optionsOf(VACCINATION_OUTCOME_LABELS)} value={field.value ?? null} onChange={(value) => field.onChange(value ?? undefined)} error={fieldState.error?.message} required />
            )}
          />
          <Controller
            control={form.control}
            name="outcomeOn"
            render={({ field, fieldState }) => (
              <RocDateField label="結果日期" value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} minDate={windowStart ?? undefined} maxDate={taipeiToday()} required />
            )}
          />
        </Group>
        <ServerError problem={problem} />
        <Group>
          <Button type="submit" variant="default" loading={loading}>
            記錄結果
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
