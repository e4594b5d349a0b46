import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Radio, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../format/taipei-today";
import { graphql } from "../../gql";
import type { UrgentReportKind, UrgentReportTarget } from "../../gql/graphql";
import { PHONE_ONLY_TARGETS, URGENT_REPORT_KIND_LABELS, URGENT_REPORT_TARGET_LABELS } from "../../labels/district";
import { DateField } from "../district/date-field";
import { problemOf, ServerError, ServerProblem } from "../district/server-error";

/**
 * A9/A13: an urgent report, by phone or to an outside body, as its own record. The client key is
 * made once per report being written, so a retry after a lost answer never files it twice.
 */
const RECORD_URGENT_REPORT = graphql(`
  mutation ConsoleRecordUrgentReport($input: UrgentReportInput!) {
    recordUrgentReport(input: $input) {
      id
      kind
      target
      reportedAt
      outcome
    }
  }
`);

const reportSchema = z
  .object({
    kind: z.enum(["URGENT_PHONE_REPORT", "OUTSIDE_BODY_REPORT"]),
    target: z.string({ error: "請選擇通報對象" }).min(1, "請選擇通報對象"),
    targetOther: z.string().trim().max(100, "名稱過長"),
    reportedOn: z.string({ error: "請選擇通報日期" }).regex(/^\d{4}-\d{2}-\d{2}$/, "請選擇通報日期"),
    reportedTime: z.string().regex(/^\d{2}:\d{2}$/, "請填寫通報時間（時:分）"),
    reporterName: z.string().trim().min(1, "請填寫通報人").max(60, "姓名過長"),
    recipientName: z.string().trim().max(60, "姓名過長"),
    summary: z.string().trim().max(2000, "內容過長"),
  })
  .superRefine((form, context) => {
    if (form.target === "OTHER" && form.targetOther === "") {
      context.addIssue({ code: "custom", path: ["targetOther"], message: "請填寫通報的單位" });
    }
    if (form.kind === "OUTSIDE_BODY_REPORT" && PHONE_ONLY_TARGETS.includes(form.target)) {
      context.addIssue({ code: "custom", path: ["target"], message: "社會局、衛生局請以緊急電話通報" });
    }
  });
type Report = z.infer<typeof reportSchema>;

/** The time of day in Taipei (HH:MM, R2): the default of a form's time, whatever the phone's time zone. */
export function nowInTaipei(): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Taipei", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date());
}

export function UrgentReportForm({ careCaseId, onDone }: { careCaseId: string; onDone: () => void }) {
  const [record, { loading }] = useMutation(RECORD_URGENT_REPORT);
  const [clientKey, setClientKey] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const defaults: Report = { kind: "URGENT_PHONE_REPORT", target: "", targetOther: "", reportedOn: taipeiToday(), reportedTime: nowInTaipei(), reporterName: "", recipientName: "", summary: "" };
  const form = useForm<Report>({ resolver: zodResolver(reportSchema), mode: "onTouched", defaultValues: defaults });
  const kind = form.watch("kind");
  const target = form.watch("target");
  const targets = Object.entries(URGENT_REPORT_TARGET_LABELS)
    .filter(([value]) => kind === "URGENT_PHONE_REPORT" || !PHONE_ONLY_TARGETS.includes(value))
    .map(([value, label]) => ({ value, label }));

  const submit = form.handleSubmit(async (report) => {
    setProblem(null);
    const blank = (text: string): string | null => (text.trim() === "" ? null : text.trim());
    try {
      await record({
        variables: {
          input: {
            clientKey,
            careCaseId,
            kind: report.kind as UrgentReportKind,
            target: report.target as UrgentReportTarget,
            targetOther: report.target === "OTHER" ? report.targetOther : null,
            // R2: the officer's clock is Taipei's, whatever the phone's time zone.
            reportedAt: `${report.reportedOn}T${report.reportedTime}:00+08:00`,
            reporterName: report.reporterName.trim(),
            recipientName: blank(report.recipientName),
            summary: blank(report.summary),
          },
        },
      });
      setClientKey(crypto.randomUUID());
      form.reset({ ...defaults, reporterName: report.reporterName });
      onDone();
    } catch (error) {
      setProblem(problemOf(error));
    }
  });

  const errors = form.formState.errors;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="新增緊急通報">
      <Stack gap="xs">
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Radio.Group label="通報方式" required value={field.value} onChange={field.onChange}>
              <Stack gap={4} mt={4}>
                {Object.entries(URGENT_REPORT_KIND_LABELS).map(([value, label]) => (
                  <Radio key={value} value={value} label={label} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        <Controller
          control={form.control}
          name="target"
          render={({ field }) => (
            <Select label="通報對象" required data={targets} value={field.value === "" ? null : field.value} onChange={(value) => field.onChange(value ?? "")} error={errors.target?.message} allowDeselect={false} />
          )}
        />
        {target === "OTHER" && <TextInput label="通報單位名稱" required {...form.register("targetOther")} error={errors.targetOther?.message} />}
        <Controller
          control={form.control}
          name="reportedOn"
          render={({ field, fieldState }) => <DateField label="通報日期" value={field.value} onChange={(value) => field.onChange(value ?? "")} error={fieldState.error?.message} maxDate={taipeiToday()} />}
        />
        <TextInput label="通報時間" type="time" required {...form.register("reportedTime")} error={errors.reportedTime?.message} />
        <TextInput label="通報人" required {...form.register("reporterName")} error={errors.reporterName?.message} />
        <TextInput label="受理人" {...form.register("recipientName")} error={errors.recipientName?.message} />
        <Textarea label="通報內容" autosize minRows={2} {...form.register("summary")} error={errors.summary?.message} />
        <ServerError problem={problem} />
        <Button type="submit" loading={loading} fullWidth color="red">
          送出通報
        </Button>
      </Stack>
    </form>
  );
}
