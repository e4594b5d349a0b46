import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { graphql } from "../../gql";
import { showServerErrors } from "./server-errors";

/** A6 (issue #9): a returned case wrongly recorded, not to be visited, is withdrawn instead of corrected; the district closes it. */
const WITHDRAW = graphql(`
  mutation ConsoleWithdrawConsentInquiry($consentInquiryId: ID!, $reason: String!) {
    withdrawConsentInquiry(consentInquiryId: $consentInquiryId, reason: $reason) {
      id
      correctionRequest {
        withdrawnAt
      }
    }
  }
`);

const withdrawalSchema = z.object({ reason: z.string().trim().min(1, "請填撤回原因").max(500, "最多 500 字") });

type WithdrawalValues = z.infer<typeof withdrawalSchema>;

export function WithdrawalForm({ consentInquiryId, onDone }: { consentInquiryId: string; onDone: (message: string) => void }) {
  const [withdraw, { loading }] = useMutation(WITHDRAW);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<WithdrawalValues>({ resolver: zodResolver(withdrawalSchema), mode: "onChange", defaultValues: { reason: "" } });
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await withdraw({ variables: { consentInquiryId, reason: values.reason.trim() } });
      onDone("已撤回，區公所將結案（A6）。");
    } catch (error) {
      setFormError(showServerErrors(error, form));
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="撤回案件">
      <Stack>
        <TextInput label="撤回原因" description="登錄錯誤、不需訪視時撤回，不更正" {...form.register("reason")} error={form.formState.errors.reason?.message} required />
        {formError !== null && (
          <Alert color="red" variant="filled" role="alert" title="未撤回">
            {formError}
          </Alert>
        )}
        <Group>
          <Button type="submit" variant="outline" color="red" loading={loading}>
            撤回案件
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
