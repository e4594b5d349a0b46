import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, Stack, Textarea } from "@mantine/core";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../../format/taipei-today";
import { DateField } from "../date-field";
import { FormError } from "../form-error";
import { showServerErrors } from "../server-errors";
import { RECORD_ONWARD_OUTCOME } from "./onward-documents";

const outcomeSchema = z.object({
  outcome: z.string().trim().min(1, "請填寫處理結果。").max(2000, "處理結果以 2000 字為限。"),
  outcomeOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "請選擇結果日期。"),
});
type OutcomeValues = z.infer<typeof outcomeSchema>;

/** A11: what the target did with the onward referral, recorded once. */
export function OnwardOutcomeForm({ onward }: { onward: { id: string; targetName?: string | null; referredOn?: string | null } }) {
  const [record, { loading }] = useMutation(RECORD_ONWARD_OUTCOME, { refetchQueries: "active", awaitRefetchQueries: true });
  const form = useForm<OutcomeValues>({ resolver: zodResolver(outcomeSchema), mode: "onChange", defaultValues: { outcome: "", outcomeOn: taipeiToday() } });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    try {
      await record({ variables: { id: onward.id, ...values } });
    } catch (error) {
      showServerErrors(error, form.setError, ["outcome", "outcomeOn"]);
    }
  });
  return (
    <form aria-label={`${onward.targetName ?? ""}處理結果`} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="xs">
      <Textarea label={`${onward.targetName ?? "轉介單位"}處理結果`} autosize minRows={1} {...form.register("outcome")} error={errors.outcome?.message} required />
      <Group align="end">
        <Controller
          control={form.control}
          name="outcomeOn"
          render={({ field }) => <DateField label="結果日期" value={field.value} onChange={field.onChange} error={errors.outcomeOn?.message} minDate={onward.referredOn ?? undefined} />}
        />
        <Button type="submit" variant="light" loading={loading}>
          記錄處理結果
        </Button>
      </Group>
      <FormError message={errors.root?.server?.message} />
      </Stack>
    </form>
  );
}
