import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { taipeiToday } from "../../format/taipei-today";
import { SEARCH_OUTCOME_LABELS } from "../../labels/programme-b";
import { FormDateField, FormRadios, FormFooter } from "../programme-b/form-fields";
import { isoDate } from "../programme-b/iso-date";
import { optionsOf } from "../programme-b/option-list";
import { useWrite } from "../programme-b/use-write";
import { RECORD_SEARCH_RESULT } from "./search-documents";

/** B2, B9: FOUND says where the child is (sent to social at once); NOT_FOUND ends the search without it. */
const resultSchema = z
  .object({
    outcome: z.enum(["FOUND", "NOT_FOUND"]),
    resultOn: isoDate("請選擇回復日期"),
    foundAddress: z.string().max(500),
    foundContactName: z.string().max(200),
    foundContactPhone: z.string().max(50),
    officerName: z.string().trim().min(1, "請填寫回復員警"),
  })
  .refine((result) => result.outcome !== "FOUND" || result.foundAddress.trim() !== "", { path: ["foundAddress"], message: "尋獲時請填寫兒童所在地址" });
type Result = z.infer<typeof resultSchema>;

const blankToNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** B2: the search's result, within 1 month; FOUND goes to social at once, the reply to a household office that asked. */
export function SearchResultForm({ requestId, officerName, onDone }: { requestId: string; officerName: string; onDone: () => void }) {
  const [record, { loading }] = useMutation(RECORD_SEARCH_RESULT);
  const { problem, run } = useWrite(onDone);
  const form = useForm<Result>({
    resolver: zodResolver(resultSchema),
    mode: "onChange",
    defaultValues: { outcome: "FOUND", resultOn: taipeiToday(), foundAddress: "", foundContactName: "", foundContactPhone: "", officerName },
  });
  const outcome = useWatch({ control: form.control, name: "outcome" });
  const errors = form.formState.errors;
  const submit = form.handleSubmit((result) =>
    run(() =>
      record({
        variables: {
          input: {
            searchRequestId: requestId,
            outcome: result.outcome,
            resultOn: result.resultOn,
            foundAddress: result.outcome === "FOUND" ? blankToNull(result.foundAddress) : null,
            foundContactName: result.outcome === "FOUND" ? blankToNull(result.foundContactName) : null,
            foundContactPhone: result.outcome === "FOUND" ? blankToNull(result.foundContactPhone) : null,
            officerName: result.officerName.trim(),
          },
        },
      }),
    ),
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="回復協尋結果">
      <Stack gap="xs">
        <FormRadios control={form.control} name="outcome" label="協尋結果" options={optionsOf(SEARCH_OUTCOME_LABELS)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <FormDateField control={form.control} name="resultOn" label="回復日期" />
          <TextInput label="回復員警" {...form.register("officerName")} error={errors.officerName?.message} required />
          {outcome === "FOUND" && (
            <>
              <TextInput label="兒童所在地址" {...form.register("foundAddress")} error={errors.foundAddress?.message} required />
              <TextInput label="照顧者姓名" {...form.register("foundContactName")} error={errors.foundContactName?.message} />
              <TextInput label="照顧者電話" {...form.register("foundContactPhone")} error={errors.foundContactPhone?.message} />
            </>
          )}
        </SimpleGrid>
        <FormFooter problem={problem} loading={loading}>
          回復協尋結果
        </FormFooter>
      </Stack>
    </form>
  );
}
