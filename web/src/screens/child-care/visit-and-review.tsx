import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { rocDate, rocDateTime } from "../../format/roc-date";
import { taipeiToday } from "../../format/taipei-today";
import type { ConsoleChildCareCaseQuery } from "../../gql/graphql";
import { REVIEW_DECISION_LABELS } from "../../labels/programme-b";
import { ServerError } from "../district/server-error";
import { FormDateField, FormRadios, FormFooter } from "../programme-b/form-fields";
import { isoDate } from "../programme-b/iso-date";
import { optionsOf } from "../programme-b/option-list";
import { useWrite } from "../programme-b/use-write";
import { RECORD_VISIT, REVIEW_CLOSING, SEND_FOR_REVIEW } from "./child-care-documents";

type HeldCase = NonNullable<ConsoleChildCareCaseQuery["childCareCase"]>;

const visitSchema = z.object({
  visitedOn: isoDate("請選擇訪視日期"),
  assessment: z.string().trim().min(1, "請填寫評估").max(4000),
  treatment: z.string().trim().min(1, "請填寫處遇").max(4000),
});
type Visit = z.infer<typeof visitSchema>;

const reviewSchema = z.object({ decision: z.enum(["APPROVE", "RETURN"]), reviewedOn: isoDate("請選擇審核日期"), note: z.string().max(4000) });
type Review = z.infer<typeof reviewSchema>;

/** B9: the visit (within 10 days), the assessment and the treatment chosen; the finished report is then sent for the closing review (within 30 days). */
function VisitForm({ held, onDone }: { held: HeldCase; onDone: () => void }) {
  const [record, { loading }] = useMutation(RECORD_VISIT);
  const [send, { loading: sending }] = useMutation(SEND_FOR_REVIEW);
  const { problem, run } = useWrite(onDone);
  const form = useForm<Visit>({
    resolver: zodResolver(visitSchema),
    mode: "onChange",
    defaultValues: { visitedOn: held.visitedOn ?? taipeiToday(), assessment: held.assessment ?? "", treatment: held.treatment ?? "" },
  });
  const submit = form.handleSubmit((visit) => run(() => record({ variables: { input: { caseId: held.id, ...visit } } })));
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="訪視及報告">
      <Stack gap="xs">
        <FormDateField control={form.control} name="visitedOn" label="訪視日期" />
        <Textarea label="評估" autosize minRows={2} {...form.register("assessment")} error={form.formState.errors.assessment?.message} required />
        <Textarea label="處遇" autosize minRows={2} {...form.register("treatment")} error={form.formState.errors.treatment?.message} required />
        <ServerError problem={problem} />
        <Group>
          <Button type="submit" loading={loading}>
            記錄訪視
          </Button>
          {held.visitedOn !== null && held.visitedOn !== undefined && (
            <Button variant="default" loading={sending} onClick={() => void run(() => send({ variables: { caseId: held.id } }))}>
              送結案審核
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** B9: the closing review — approved, the case closes (the child well cared for); returned, it goes back to work. */
function ReviewForm({ held, onDone }: { held: HeldCase; onDone: () => void }) {
  const [review, { loading }] = useMutation(REVIEW_CLOSING);
  const { problem, run } = useWrite(onDone);
  const form = useForm<Review>({ resolver: zodResolver(reviewSchema), mode: "onChange", defaultValues: { decision: "APPROVE", reviewedOn: taipeiToday(), note: "" } });
  const submit = form.handleSubmit((values) =>
    run(() => review({ variables: { input: { caseId: held.id, decision: values.decision, reviewedOn: values.reviewedOn, note: values.note.trim() === "" ? null : values.note.trim() } } })),
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="結案審核">
      <Stack gap="xs">
        <Text size="sm">已於 {rocDateTime(held.sentForReviewAt)} 送結案審核。</Text>
        <FormRadios control={form.control} name="decision" label="審核結果" options={optionsOf(REVIEW_DECISION_LABELS)} />
        <FormDateField control={form.control} name="reviewedOn" label="審核日期" />
        <Textarea label="審核意見" autosize minRows={1} {...form.register("note")} />
        <FormFooter problem={problem} loading={loading}>
          送出審核
        </FormFooter>
      </Stack>
    </form>
  );
}

/** The case's work by its status (B9): visit and report while open, the review while in review, the outcome once closed. */
export function VisitAndReview({ held, onDone }: { held: HeldCase; onDone: () => void }) {
  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        訪視、報告及結案審核（B9）
      </Title>
      {held.reviewNote !== null && held.reviewNote !== undefined && <Text size="sm">審核意見：{held.reviewNote}</Text>}
      {held.status === "OPEN" && <VisitForm held={held} onDone={onDone} />}
      {held.status === "IN_REVIEW" && <ReviewForm held={held} onDone={onDone} />}
      {held.status === "CLOSED" && (
        <Text size="sm">
          已於 {rocDate(held.closedOn)} 結案（訪視 {rocDate(held.visitedOn)}；處遇：{held.treatment ?? "—"}）。
        </Text>
      )}
    </Stack>
  );
}
