import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../format/taipei-today";
import { DateField } from "./date-field";
import { FormError } from "./form-error";
import type { ReceivingKit, ReferralView } from "./kit";
import { showServerErrors } from "./server-errors";

const closeSchema = z.object({ closedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "請選擇結案日期。") });
type CloseValues = z.infer<typeof closeSchema>;

/** The last contact's date: a closing may not come before it (A10). */
function lastServedOn(referral: ReferralView): string | undefined {
  return (referral.services ?? []).map((service) => service.servedOn ?? "").sort().at(-1) || (referral.referredOn ?? undefined);
}

/**
 * A10: 結案 after a reassessment found no further need. The platform reports the closing to the
 * referring district (D3), whose case closes with its last open part.
 */
export function CloseForm({ kit, referral }: { kit: ReceivingKit; referral: ReferralView }) {
  const [close, { loading }] = useMutation(kit.close, { refetchQueries: "active", awaitRefetchQueries: true });
  const form = useForm<CloseValues>({ resolver: zodResolver(closeSchema), mode: "onChange", defaultValues: { closedOn: taipeiToday() } });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    try {
      await close({ variables: { referralId: referral.id, ...values } });
    } catch (error) {
      showServerErrors(error, form.setError, ["closedOn"]);
    }
  });
  return (
    <Paper withBorder p="md" component="form" aria-label="結案" onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          結案
        </Title>
        <Text size="sm">經再評估已無需求者結案；系統將結案結果回報轉介的區公所。</Text>
        <Controller
          control={form.control}
          name="closedOn"
          render={({ field }) => <DateField label="結案日期" value={field.value} onChange={field.onChange} error={errors.closedOn?.message} minDate={lastServedOn(referral)} />}
        />
        <FormError message={errors.root?.server?.message} />
        <Button type="submit" color="red" loading={loading}>
          結案並回報區公所
        </Button>
      </Stack>
    </Paper>
  );
}
