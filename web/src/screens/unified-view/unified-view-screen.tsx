import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, Stack, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { UnifiedCaseView } from "./unified-case-view";

const schema = z.object({
  personId: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "個案識別碼格式不正確"),
});

/** The unified view's entry (issue #11): a person by their id, as another screen or an audit entry names them. */
export function UnifiedViewScreen() {
  const [personId, setPersonId] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { personId: "" } });
  const submit = handleSubmit((input) => setPersonId(input.personId));
  return (
    <Stack>
      <Title order={2} size="h4">
        個案總覽
      </Title>
      <form onSubmit={(event) => void submit(event)} aria-label="查詢個案">
        <Group align="flex-start">
          <TextInput label="個案識別碼" {...register("personId")} error={formState.errors.personId?.message} w={360} />
          <Button type="submit" mt={24}>
            查詢
          </Button>
        </Group>
      </form>
      {personId === null ? null : <UnifiedCaseView key={personId} personId={personId} />}
    </Stack>
  );
}
