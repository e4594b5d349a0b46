import { useQuery } from "@apollo/client/react";
import { Paper, Stack, Table, Text, Title } from "@mantine/core";
import { rocDate } from "../../../format/roc-date";
import { labelOf } from "../../../labels";
import { ONWARD_TARGET_KIND_LABELS } from "../../../labels/agencies";
import type { ReferralView } from "../kit";
import { ONWARD_REFERRALS } from "./onward-documents";
import { OnwardForm } from "./onward-form";
import { OnwardOutcomeForm } from "./onward-outcome-form";

/** A11: where 民政局 referred its case onward, each target's outcome, and (while open) a new onward referral. */
export function OnwardReferrals({ referral }: { referral: ReferralView }) {
  const { data } = useQuery(ONWARD_REFERRALS, { variables: { id: referral.id } });
  const onward = data?.civilAffairsReferral?.onwardReferrals ?? [];
  const pending = onward.filter((row) => row.outcome === null || row.outcome === undefined);
  return (
    <Stack>
      <Title order={3} size="h5">
        轉介其他單位紀錄
      </Title>
      {onward.length === 0 ? (
        <Text size="sm">尚未轉介其他單位。</Text>
      ) : (
        <Table striped aria-label="轉介其他單位紀錄">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>轉介單位</Table.Th>
              <Table.Th>類別</Table.Th>
              <Table.Th>轉介日期</Table.Th>
              <Table.Th>說明</Table.Th>
              <Table.Th>處理結果</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {onward.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{row.targetName ?? "—"}</Table.Td>
                <Table.Td>{labelOf(ONWARD_TARGET_KIND_LABELS, row.targetKind)}</Table.Td>
                <Table.Td>{rocDate(row.referredOn)}</Table.Td>
                <Table.Td>{row.note ?? "—"}</Table.Td>
                <Table.Td>{row.outcome === null || row.outcome === undefined ? "待回覆" : `${row.outcome}（${rocDate(row.outcomeOn)}）`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pending.map((row) => (
        <Paper key={row.id} withBorder p="md">
          <OnwardOutcomeForm onward={row} />
        </Paper>
      ))}
      {referral.status !== "CLOSED" && <OnwardForm referral={referral} />}
    </Stack>
  );
}
