import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Radio, Stack } from "@mantine/core";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../format/taipei-today";
import { graphql } from "../../gql";
import type { VisitMode } from "../../gql/graphql";
import { DateField } from "../district/date-field";
import { problemOf, ServerError, ServerProblem } from "../district/server-error";

/** A6/A7: one attempt, met or 訪視未遇; the server closes the case after a second miss (TWO_MISSED_VISITS). */
const RECORD_ATTEMPT = graphql(`
  mutation ConsoleRecordVisitAttempt($input: VisitAttemptInput!) {
    recordVisitAttempt(input: $input) {
      id
      status
      closure
      visitAttempts {
        attemptNumber
        attemptedOn
        mode
        met
      }
    }
  }
`);

const attemptSchema = z.object({
  attemptedOn: z.string({ error: "請選擇訪視日期" }).regex(/^\d{4}-\d{2}-\d{2}$/, "請選擇訪視日期"),
  mode: z.enum(["HOME", "PHONE"]),
  met: z.enum(["MET", "MISSED"]),
});
type Attempt = z.infer<typeof attemptSchema>;

export function VisitAttemptForm({ careCaseId, requestedMode, onDone }: { careCaseId: string; requestedMode: VisitMode; onDone: () => void }) {
  const [record, { loading }] = useMutation(RECORD_ATTEMPT);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const form = useForm<Attempt>({ resolver: zodResolver(attemptSchema), defaultValues: { attemptedOn: taipeiToday(), mode: requestedMode, met: "MET" } });
  const submit = form.handleSubmit(async (attempt) => {
    setProblem(null);
    try {
      await record({ variables: { input: { careCaseId, attemptedOn: attempt.attemptedOn, mode: attempt.mode, met: attempt.met === "MET" } } });
      onDone();
    } catch (error) {
      setProblem(problemOf(error));
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="記錄訪視">
      <Stack gap="xs">
        <Controller
          control={form.control}
          name="attemptedOn"
          render={({ field, fieldState }) => <DateField label="訪視日期" value={field.value} onChange={(value) => field.onChange(value ?? "")} error={fieldState.error?.message} maxDate={taipeiToday()} />}
        />
        <Controller
          control={form.control}
          name="mode"
          render={({ field }) => (
            <Radio.Group label="訪視方式" value={field.value} onChange={field.onChange}>
              <Stack gap={4} mt={4}>
                <Radio value="HOME" label="到府訪視" />
                <Radio value="PHONE" label="電話訪視" />
              </Stack>
            </Radio.Group>
          )}
        />
        <Controller
          control={form.control}
          name="met"
          render={({ field }) => (
            <Radio.Group label="訪視結果" value={field.value} onChange={field.onChange}>
              <Stack gap={4} mt={4}>
                <Radio value="MET" label="已訪到" />
                <Radio value="MISSED" label="訪視未遇" />
              </Stack>
            </Radio.Group>
          )}
        />
        <ServerError problem={problem} />
        <Button type="submit" loading={loading} fullWidth>
          記錄訪視
        </Button>
      </Stack>
    </form>
  );
}
