import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Paper, Select, Stack, Textarea, TextInput, Title } from "@mantine/core";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../format/taipei-today";
import { CONTACT_MODE_LABELS } from "../../labels/agencies";
import { DateField } from "./date-field";
import { FormError } from "./form-error";
import type { ReceivingKit, ReferralView } from "./kit";
import { showServerErrors } from "./server-errors";

const MODES = ["PHONE", "HOME_VISIT", "OFFICE"] as const;

/** The limits the platform enforces (shared/receiving/lifecycle.ts, each agency's staff name), checked as the user types. */
const serviceSchema = z.object({
  servedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "請選擇服務日期。"),
  mode: z.enum(MODES, { message: "請選擇服務方式。" }),
  summary: z.string().trim().min(1, "請填寫服務摘要。").max(4000, "服務摘要以 4000 字為限。"),
  staffName: z.string().trim().min(1, "請填寫姓名。").max(60, "姓名以 60 字為限。"),
});
type ServiceValues = z.infer<typeof serviceSchema>;

/**
 * A10: a contact on the referral. The first is the assessment that accepts it (接案: RECEIVED →
 * IN_SERVICE); each later one is the handling reported back to the referring district (通報處理情形).
 */
export function ServiceForm({ kit, referral }: { kit: ReceivingKit; referral: ReferralView }) {
  const accepting = referral.status === "RECEIVED";
  const [record, { loading }] = useMutation(kit.recordService, { refetchQueries: "active", awaitRefetchQueries: true });
  const form = useForm<ServiceValues>({
    resolver: zodResolver(serviceSchema),
    mode: "onChange",
    defaultValues: { servedOn: taipeiToday(), mode: "PHONE", summary: "", staffName: "" },
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    try {
      await record({ variables: { referralId: referral.id, ...values } });
      form.reset({ ...values, summary: "" });
    } catch (error) {
      showServerErrors(error, form.setError, ["servedOn", "mode", "summary", "staffName"]);
    }
  });
  const title = accepting ? "接案（首次評估）" : "記錄服務（通報處理情形）";
  return (
    <Paper withBorder p="md" component="form" aria-label={title} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Controller
          control={form.control}
          name="servedOn"
          render={({ field }) => <DateField label="服務日期" value={field.value} onChange={field.onChange} error={errors.servedOn?.message} minDate={referral.referredOn ?? undefined} />}
        />
        <Controller
          control={form.control}
          name="mode"
          render={({ field }) => (
            <Select
              label="服務方式"
              data={MODES.map((mode) => ({ value: mode, label: CONTACT_MODE_LABELS[mode] }))}
              value={field.value}
              onChange={(value) => field.onChange(value ?? "")}
              error={errors.mode?.message}
              allowDeselect={false}
              required
            />
          )}
        />
        <Textarea label="服務摘要" autosize minRows={2} {...form.register("summary")} error={errors.summary?.message} required />
        <TextInput label={kit.staffNameLabel} {...form.register("staffName")} error={errors.staffName?.message} required />
        <FormError message={errors.root?.server?.message} />
        <Button type="submit" loading={loading}>
          {accepting ? "接案並記錄評估" : "記錄服務"}
        </Button>
      </Stack>
    </Paper>
  );
}
