import { useMutation } from "@apollo/client/react";
import { Button, Group, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { VaccinationReferralCondition } from "../../gql/graphql";
import { REFERRAL_CONDITION_LABELS } from "../../labels/programme-b";
import { ServerError } from "../district/server-error";
import { optionsOf } from "../programme-b/option-list";
import { useWrite } from "../programme-b/use-write";
import { REFER_TO_SOCIAL } from "./vaccination-documents";

/**
 * B4 (a)–(d): refer the child to social units (a child-care notice, category 3). (a) goes at once;
 * (c) and (d) need the outcome on record first, which the server checks (CONFLICT, shown here).
 */
export function ReferralForm({ followUpId, onDone }: { followUpId: string; onDone: () => void }) {
  const [refer, { loading }] = useMutation(REFER_TO_SOCIAL);
  const { problem, run } = useWrite(onDone);
  const [condition, setCondition] = useState<VaccinationReferralCondition | null>(null);
  return (
    <Stack gap="xs">
      <Select
        label="轉介社政單位之條件"
        description="(c)(d) 須先記錄催種結果"
        data={optionsOf(REFERRAL_CONDITION_LABELS)}
        value={condition}
        onChange={(value) => setCondition(value as VaccinationReferralCondition | null)}
      />
      <ServerError problem={problem} />
      <Group>
        <Button color="red" loading={loading} disabled={condition === null} onClick={() => {
            if (condition !== null) {
              void run(() => refer({ variables: { id: followUpId, condition } }));
            }
          }}>
          轉介社政單位
        </Button>
        {condition === null && <Text size="sm">請先選擇轉介條件。</Text>}
      </Group>
    </Stack>
  );
}
