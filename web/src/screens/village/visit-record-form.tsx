import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Checkbox, Fieldset, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { QueryState } from "../../components/query-state";
import { graphql } from "../../gql";
import type { ConsoleVisitFormBoxesQuery, VisitOutcome } from "../../gql/graphql";
import { REFERRAL_NEEDS, VISIT_OUTCOME_LABELS } from "../../labels/district";
import { DateField } from "../district/date-field";
import { READABLE_DESCRIPTION } from "../district/readable";
import { problemOf, ServerError, ServerProblem } from "../district/server-error";
import { VisitRecordForm as FormValues, visitRecordSchema } from "./visit-record-schema";

/**
 * 附件4 (A8): the outcome column and, under 需協助, the boxes of 民政局's directory version in force
 * (visitFormBoxes, C1) — never a list of the console's own, so the city's new boxes (勞動局,
 * 教育局) appear as they are published. Each ticked box that refers to an agency takes that agency's
 * needs and a description for its unit (A9: the referral is sent when 人文課 files the record).
 */
const BOXES = graphql(`
  query ConsoleVisitFormBoxes {
    visitFormBoxes {
      code
      label
      order
      kind
      agencyName
      phone
      description
      versionDate
    }
  }
`);

const DRAFT = graphql(`
  mutation ConsoleDraftVisitRecord($input: VisitRecordInput!) {
    draftVisitRecord(input: $input) {
      id
      state
      outcome
      requiredLevels
    }
  }
`);

interface Attempt {
  readonly attemptedOn?: string | null;
  readonly met?: boolean | null;
}

function datesOf(attempts: readonly Attempt[], met: boolean): string[] {
  return attempts.filter((attempt) => attempt.met === met).flatMap((attempt) => (attempt.attemptedOn === null || attempt.attemptedOn === undefined ? [] : [attempt.attemptedOn]));
}

const blankToNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

type Box = NonNullable<ConsoleVisitFormBoxesQuery["visitFormBoxes"]>[number];

/** 附件4's form on the boxes of the directory in force (C1): read first, as the form's rules depend on them. */
export function VisitRecordForm({ careCaseId, attempts, onDone }: { careCaseId: string; attempts: readonly Attempt[]; onDone: () => void }) {
  const query = useQuery(BOXES);
  return (
    <QueryState result={query} what="訪視紀錄表的勾選項目">
      {(data) => <RecordForm careCaseId={careCaseId} attempts={attempts} boxes={data.visitFormBoxes ?? []} onDone={onDone} />}
    </QueryState>
  );
}

function RecordForm({ careCaseId, attempts, boxes, onDone }: { careCaseId: string; attempts: readonly Attempt[]; boxes: readonly Box[]; onDone: () => void }) {
  const referralCodes = useMemo(() => boxes.filter((box) => box.kind === "REFERRAL").flatMap((box) => (box.code === null || box.code === undefined ? [] : [box.code])), [boxes]);
  const schema = useMemo(() => visitRecordSchema(referralCodes), [referralCodes]);
  const met = datesOf(attempts, true);
  const missed = datesOf(attempts, false);
  const form = useForm<FormValues>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: {
      visitedPersonName: "",
      visitedPersonPhone: "",
      visitedPersonAddress: "",
      outcome: met.length > 0 ? "ALL_WELL" : "MISSED",
      visitedOn: met.at(-1) ?? null,
      firstMissedOn: missed[0] ?? null,
      secondMissedOn: missed[1] ?? null,
      needs: [],
      needsOther: "",
      referralNeeds: {},
      referralDescriptions: {},
      mattersRaised: "",
      handling: "",
    },
  });
  const [draft, drafting] = useMutation(DRAFT);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const outcome = form.watch("outcome");
  const needs = form.watch("needs");

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    const needsHelp = values.outcome === "NEEDS_HELP";
    const ticked = needsHelp ? values.needs : [];
    try {
      await draft({
        variables: {
          input: {
            careCaseId,
            outcome: values.outcome as VisitOutcome,
            visitedOn: values.outcome === "MISSED" ? null : values.visitedOn,
            firstMissedOn: values.outcome === "MISSED" ? values.firstMissedOn : null,
            secondMissedOn: values.outcome === "MISSED" ? values.secondMissedOn : null,
            visitedPersonName: values.visitedPersonName.trim(),
            visitedPersonPhone: blankToNull(values.visitedPersonPhone),
            visitedPersonAddress: values.visitedPersonAddress.trim(),
            needs: ticked,
            needsOther: ticked.includes("OTHER") ? blankToNull(values.needsOther) : null,
            referrals: ticked
              .filter((code) => referralCodes.includes(code))
              .map((code) => ({ target: code, needs: values.referralNeeds[code] ?? [], description: blankToNull(values.referralDescriptions[code] ?? "") })),
            mattersRaised: blankToNull(values.mattersRaised),
            handling: blankToNull(values.handling),
          },
        },
      });
      onDone();
    } catch (error) {
      const found = problemOf(error);
      setProblem(found);
      // The server names the input field it refused: show the message there too.
      const field = found.field?.replace(/^input\./, "");
      if (field !== undefined && field in form.getValues()) {
        form.setError(field as keyof FormValues, { message: found.message });
      }
    }
  });

  const errors = form.formState.errors;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="填寫訪視紀錄表">
      <Stack gap="sm">
        <TextInput label="受訪者姓名" required {...form.register("visitedPersonName")} error={errors.visitedPersonName?.message} autoComplete="off" />
        <TextInput label="受訪者電話" type="tel" {...form.register("visitedPersonPhone")} error={errors.visitedPersonPhone?.message} autoComplete="off" />
        <TextInput label="受訪者地址" required {...form.register("visitedPersonAddress")} error={errors.visitedPersonAddress?.message} autoComplete="off" />
        <Controller
          control={form.control}
          name="outcome"
          render={({ field }) => (
            <Radio.Group label="服務概況" required value={field.value} onChange={field.onChange}>
              <Stack gap={4} mt={4}>
                {(["ALL_WELL", "NEEDS_HELP", "MISSED"] as const).map((value) => (
                  <Radio key={value} value={value} label={VISIT_OUTCOME_LABELS[value]} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        {outcome === "MISSED" ? (
          <>
            <Controller
              control={form.control}
              name="firstMissedOn"
              render={({ field, fieldState }) => <DateField label="第1次未遇日期" value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
            />
            <Controller
              control={form.control}
              name="secondMissedOn"
              render={({ field, fieldState }) => <DateField label="第2次未遇日期" value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
            />
          </>
        ) : (
          <Controller
            control={form.control}
            name="visitedOn"
            render={({ field, fieldState }) => <DateField label="訪視日期" value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
          />
        )}
        {outcome === "NEEDS_HELP" &&
          (boxes.length === 0 ? (
            <Alert color="yellow" role="alert" title="尚未收到服務資源目錄">
              區公所尚未收到民政局的服務資源目錄，暫時無法勾選需協助項目。
            </Alert>
          ) : (
            <Fieldset legend={`需協助（服務資源目錄 ${boxes[0]?.versionDate ?? ""} 版）`}>
              <Controller
                control={form.control}
                name="needs"
                render={({ field }) => (
                  <Checkbox.Group label="需協助項目" value={field.value} onChange={field.onChange} error={errors.needs?.message}>
                    <Stack gap={6} mt={4}>
                      {boxes.map((box) => (
                        <Checkbox key={box.code} styles={READABLE_DESCRIPTION} value={box.code ?? ""} label={box.label} description={[box.description, box.phone === null || box.phone === undefined ? null : `電話 ${box.phone}`].filter(Boolean).join("；")} />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                )}
              />
              {needs.includes("OTHER") && <TextInput mt="sm" label="其他（請簡要說明）" required {...form.register("needsOther")} error={errors.needsOther?.message} />}
              {boxes
                .filter((box) => box.kind === "REFERRAL" && needs.includes(box.code ?? ""))
                .map((box) => {
                  const code = box.code ?? "";
                  return (
                    <Fieldset key={code} mt="sm" legend={`轉介${box.label ?? ""}`}>
                      <Controller
                        control={form.control}
                        name={`referralNeeds.${code}`}
                        render={({ field }) => (
                          <Checkbox.Group label={`${box.label ?? ""}轉介需求`} required value={field.value ?? []} onChange={field.onChange} error={errors.referralNeeds?.[code]?.message}>
                            <Stack gap={4} mt={4}>
                              {(REFERRAL_NEEDS[code] ?? []).map((need) => (
                                <Checkbox key={need.value} value={need.value} label={need.label} />
                              ))}
                            </Stack>
                          </Checkbox.Group>
                        )}
                      />
                      <Textarea mt="xs" label={`給${box.label ?? ""}的說明`} autosize minRows={2} {...form.register(`referralDescriptions.${code}`)} />
                    </Fieldset>
                  );
                })}
            </Fieldset>
          ))}
        <Textarea label="反映事項" autosize minRows={2} {...form.register("mattersRaised")} error={errors.mattersRaised?.message} />
        <Textarea label="辦理情形" autosize minRows={2} {...form.register("handling")} error={errors.handling?.message} />
        {outcome !== "NEEDS_HELP" && <Text size="sm">「{VISIT_OUTCOME_LABELS[outcome]}」不需勾選協助項目。</Text>}
        <ServerError problem={problem} />
        <Button type="submit" loading={drafting.loading} fullWidth>
          儲存訪視紀錄表
        </Button>
      </Stack>
    </form>
  );
}
