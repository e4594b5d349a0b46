import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, Radio, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../format/taipei-today";
import { graphql } from "../../gql";
import { DateField } from "../district/date-field";
import { problemOf, ServerError, ServerProblem } from "../district/server-error";
import { nowInTaipei } from "./urgent-report-form";

/**
 * A13 (issue #11): the body's answer to an urgent report, 成案 or not, recorded once — by the district
 * staff who reported it to an outside body (the answer comes back to them), or by the social worker
 * or nurse a report to their bureau went to (agencies/urgent-report-answers.tsx); the server refuses a
 * second answer (CONFLICT) and one before the report or in the future (BAD_USER_INPUT).
 */
const RECORD_OUTCOME = graphql(`
  mutation ConsoleRecordUrgentReportOutcome($reportId: ID!, $outcome: UrgentReportOutcome!, $recordedAt: DateTimeISO!) {
    recordUrgentReportOutcome(reportId: $reportId, outcome: $outcome, recordedAt: $recordedAt) {
      id
      outcome
      outcomeRecordedAt
    }
  }
`);

const outcomeSchema = z.object({
  outcome: z.enum(["CASE_OPENED", "NOT_OPENED"], { error: "請選擇回覆結果" }),
  answeredOn: z.string({ error: "請選擇回覆日期" }).regex(/^\d{4}-\d{2}-\d{2}$/, "請選擇回覆日期"),
  answeredTime: z.string().regex(/^\d{2}:\d{2}$/, "請填寫回覆時間（時:分）"),
});
type Outcome = z.infer<typeof outcomeSchema>;

export function UrgentReportOutcomeForm({ reportId, label, onDone }: { reportId: string; label: string; onDone: () => void }) {
  const [record, { loading }] = useMutation(RECORD_OUTCOME);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const form = useForm<Outcome>({
    resolver: zodResolver(outcomeSchema),
    mode: "onTouched",
    defaultValues: { answeredOn: taipeiToday(), answeredTime: nowInTaipei() },
  });

  const submit = form.handleSubmit(async (answer) => {
    setProblem(null);
    try {
      // R2: the answer's time is Taipei's, whatever the phone's time zone.
      await record({ variables: { reportId, outcome: answer.outcome, recordedAt: `${answer.answeredOn}T${answer.answeredTime}:00+08:00` } });
      onDone();
    } catch (error) {
      setProblem(problemOf(error));
    }
  });

  const errors = form.formState.errors;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={`記錄回覆：${label}`}>
      <Stack gap="xs">
        <Controller
          control={form.control}
          name="outcome"
          render={({ field }) => (
            <Radio.Group label="受理單位回覆" required value={field.value ?? null} onChange={field.onChange} error={errors.outcome?.message}>
              <Group gap="md" mt={4}>
                <Radio value="CASE_OPENED" label="成案" />
                <Radio value="NOT_OPENED" label="不成案" />
              </Group>
            </Radio.Group>
          )}
        />
        <Group grow align="flex-start">
          <Controller
            control={form.control}
            name="answeredOn"
            render={({ field, fieldState }) => <DateField label="回覆日期" value={field.value} onChange={(value) => field.onChange(value ?? "")} error={fieldState.error?.message} maxDate={taipeiToday()} />}
          />
          <TextInput label="回覆時間" type="time" required {...form.register("answeredTime")} error={errors.answeredTime?.message} />
        </Group>
        <ServerError problem={problem} />
        <Button type="submit" loading={loading} variant="light">
          記錄回覆
        </Button>
      </Stack>
    </form>
  );
}
