import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Paper, Select, Stack, Textarea, Title } from "@mantine/core";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../../format/taipei-today";
import { ONWARD_TARGET_KIND_LABELS } from "../../../labels/agencies";
import { DateField } from "../date-field";
import { FormError } from "../form-error";
import type { ReferralView } from "../kit";
import { showServerErrors } from "../server-errors";
import { ONWARD_TARGETS, REFER_ONWARD } from "./onward-documents";

const onwardSchema = z.object({
  target: z.string().min(1, "請選擇轉介單位。"),
  referredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "請選擇轉介日期。"),
  note: z.string().trim().max(2000, "轉介說明以 2000 字為限。"),
});
type OnwardValues = z.infer<typeof onwardSchema>;

/** The directory's level as referOnward names the kind of target. */
const KIND_OF_LEVEL: Readonly<Record<string, "CENTRAL_AGENCY" | "NGO">> = { CENTRAL: "CENTRAL_AGENCY", NGO: "NGO" };

/** A11: 民政局 refers an open case of its own onward, to a central agency with the competence or an NGO, as the directory lists them (C1). */
export function OnwardForm({ referral }: { referral: ReferralView }) {
  const [refer, { loading }] = useMutation(REFER_ONWARD, { refetchQueries: "active", awaitRefetchQueries: true });
  const form = useForm<OnwardValues>({ resolver: zodResolver(onwardSchema), mode: "onChange", defaultValues: { target: "", referredOn: taipeiToday(), note: "" } });
  const { errors } = form.formState;
  const directory = useQuery(ONWARD_TARGETS, { variables: { asOf: form.watch("referredOn") || taipeiToday() } });
  const targets = (directory.data?.serviceDirectory?.agencies ?? []).flatMap((agency) => {
    const kind = KIND_OF_LEVEL[agency.level ?? ""];
    return kind === undefined || agency.code === null || agency.code === undefined ? [] : [{ code: agency.code, name: agency.name ?? agency.code, kind }];
  });
  const submit = form.handleSubmit(async (values) => {
    const target = targets.find((candidate) => candidate.code === values.target);
    if (target === undefined) {
      form.setError("target", { message: "請選擇轉介單位。" });
      return;
    }
    try {
      await refer({ variables: { input: { referralId: referral.id, target: target.code, targetKind: target.kind, referredOn: values.referredOn, note: values.note || null } } });
      form.reset({ target: "", referredOn: values.referredOn, note: "" });
    } catch (error) {
      showServerErrors(error, form.setError, ["target", "referredOn", "note"]);
    }
  });
  return (
    <Paper withBorder p="md" component="form" aria-label="轉介其他單位" onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          轉介其他單位（A11）
        </Title>
        <Controller
          control={form.control}
          name="target"
          render={({ field }) => (
            <Select
              label="轉介單位"
              data={targets.map((target) => ({ value: target.code, label: `${target.name}（${ONWARD_TARGET_KIND_LABELS[target.kind]}）` }))}
              searchable
              nothingFoundMessage={directory.loading ? "載入中…" : "服務資源名冊中沒有此單位"}
              value={field.value === "" ? null : field.value}
              onChange={(value) => field.onChange(value ?? "")}
              error={errors.target?.message}
              required
            />
          )}
        />
        <Controller
          control={form.control}
          name="referredOn"
          render={({ field }) => <DateField label="轉介日期" value={field.value} onChange={field.onChange} error={errors.referredOn?.message} minDate={referral.referredOn ?? undefined} />}
        />
        <Textarea label="轉介說明" autosize minRows={2} {...form.register("note")} error={errors.note?.message} />
        <FormError message={errors.root?.server?.message} />
        <Button type="submit" loading={loading}>
          轉介
        </Button>
      </Stack>
    </Paper>
  );
}
