import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Group, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { showServerErrors } from "../../household/server-errors";
import { FormFooter } from "../../programme-b/form-fields";
import { ASSIGN_FOLLOW_UP_OFFICER } from "./follow-up-documents";

const officerSchema = z.object({
  officerId: z.string().trim().min(1, "請填寫里幹事代號").max(64, "代號過長"),
  officerName: z.string().trim().min(1, "請填寫里幹事姓名").max(60, "姓名過長"),
});
type Officer = z.infer<typeof officerSchema>;

/**
 * B2, B9: 人文課 names the 里幹事 who follows the child up — by staff identifier (their token's
 * subject, which puts the request in their inbox) and name, as for a case (A6); again, to another
 * officer, until the reply. The server's refusal of a field is shown at that field.
 */
export function AssignFollowUpOfficer({ requestId, officerId, officerName, onDone }: { requestId: string; officerId: string; officerName: string; onDone: () => void }) {
  const [assign, { loading }] = useMutation(ASSIGN_FOLLOW_UP_OFFICER);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Officer>({ resolver: zodResolver(officerSchema), mode: "onTouched", defaultValues: { officerId, officerName } });
  const submit = form.handleSubmit(async (officer) => {
    setProblem(null);
    try {
      await assign({ variables: { followUpRequestId: requestId, officerId: officer.officerId.trim(), officerName: officer.officerName.trim() } });
      onDone();
    } catch (error) {
      setProblem(showServerErrors(error, form));
    }
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="派里幹事追蹤">
      <Stack gap="xs">
        <Group grow align="flex-start">
          <TextInput label="里幹事代號" required {...form.register("officerId")} error={errors.officerId?.message} autoComplete="off" />
          <TextInput label="里幹事姓名" required {...form.register("officerName")} error={errors.officerName?.message} autoComplete="off" />
        </Group>
        <FormFooter problem={problem === null ? null : { title: "無法派案", message: problem }} loading={loading} primary={false}>
          派此里幹事追蹤
        </FormFooter>
      </Stack>
    </form>
  );
}
