import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Group, Stack } from "@mantine/core";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../format/taipei-today";
import type { VaccinationOutcome } from "../../gql/graphql";
import { VACCINATION_OUTCOME_LABELS } from "../../labels/programme-b";
import { FormDateField, FormFooter, FormSelect } from "../programme-b/form-fields";
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
          <FormSelect control={form.control} name="outcome" label="催種結果" options={optionsOf(VACCINATION_OUTCOME_LABELS)} />
          <FormDateField control={form.control} name="outcomeOn" label="結果日期" minDate={windowStart} />
        </Group>
        <FormFooter problem={problem} loading={loading} primary={false}>
          記錄結果
        </FormFooter>
      </Stack>
    </form>
  );
}
