import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Paper, Stack, Textarea, Title } from "@mantine/core";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../format/taipei-today";
import { labelOf } from "../../labels";
import type { Labels } from "../../labels/agencies";
import { DateField } from "./date-field";
import { FormError } from "./form-error";
import type { KitTransfer, ReferralView } from "./kit";
import { showServerErrors } from "./server-errors";

const transferSchema = z.object({
  reason: z.string().trim().min(1, "請填寫移轉原因。").max(2000, "移轉原因以 2000 字為限。"),
  transferredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "請選擇移轉日期。"),
});
type TransferValues = z.infer<typeof transferSchema>;

/**
 * A10 (issue #9): the serving unit moves an open referral to the unit A10 names (社會局: 新移民婦女暨
 * 家庭服務中心; 衛生局: 社區心理衛生中心). Its history and services stay on it; this unit no longer sees it.
 */
export function TransferForm({ transfer, unitLabels, referral }: { transfer: KitTransfer; unitLabels: Labels; referral: ReferralView }) {
  const [move, { loading, data }] = useMutation(transfer.document, { refetchQueries: "active" });
  const form = useForm<TransferValues>({ resolver: zodResolver(transferSchema), mode: "onChange", defaultValues: { reason: "", transferredOn: taipeiToday() } });
  const unit = labelOf(unitLabels, transfer.toUnit);
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    try {
      await move({ variables: { referralId: referral.id, ...values } });
    } catch (error) {
      showServerErrors(error, form.setError, ["reason", "transferredOn"]);
    }
  });
  return (
    <Paper withBorder p="md" component="form" aria-label={`移轉至${unit}`} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          移轉至{unit}
        </Title>
        <Textarea label="移轉原因" autosize minRows={2} {...form.register("reason")} error={errors.reason?.message} required />
        <Controller
          control={form.control}
          name="transferredOn"
          render={({ field }) => <DateField label="移轉日期" value={field.value} onChange={field.onChange} error={errors.transferredOn?.message} minDate={referral.referredOn ?? undefined} />}
        />
        <FormError message={errors.root?.server?.message} />
        <Button type="submit" variant="outline" loading={loading} disabled={data !== undefined}>
          移轉
        </Button>
      </Stack>
    </Paper>
  );
}
