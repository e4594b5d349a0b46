import { Table, Text, Title } from "@mantine/core";
import { rocDate } from "../../format/roc-date";
import { labelOf } from "../../labels";
import { CONTACT_MODE_LABELS } from "../../labels/agencies";
import type { ReceivingKit, ReferralView } from "./kit";

/** A10: the contacts so far (what the district reads as the handling reported back), and the moves between units. */
export function ReferralHistory({ kit, referral }: { kit: ReceivingKit; referral: ReferralView }) {
  const services = referral.services ?? [];
  const transfers = referral.transfers ?? [];
  return (
    <>
      <Title order={3} size="h5">
        服務紀錄
      </Title>
      {services.length === 0 ? (
        <Text size="sm">尚無服務紀錄：首次評估即為接案。</Text>
      ) : (
        <Table striped aria-label="服務紀錄">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>服務日期</Table.Th>
              <Table.Th>方式</Table.Th>
              <Table.Th>摘要</Table.Th>
              <Table.Th>{kit.staffNameLabel.replace(/姓名$/, "")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {services.map((service) => (
              <Table.Tr key={service.id}>
                <Table.Td>{rocDate(service.servedOn)}</Table.Td>
                <Table.Td>{labelOf(CONTACT_MODE_LABELS, service.mode)}</Table.Td>
                <Table.Td>{service.summary ?? "—"}</Table.Td>
                <Table.Td>{service.staffName ?? "—"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {transfers.length > 0 && (
        <Table aria-label="移轉紀錄">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>移轉日期</Table.Th>
              <Table.Th>原單位</Table.Th>
              <Table.Th>新單位</Table.Th>
              <Table.Th>原因</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {transfers.map((transfer) => (
              <Table.Tr key={transfer.id}>
                <Table.Td>{rocDate(transfer.transferredOn)}</Table.Td>
                <Table.Td>{labelOf(kit.unitLabels, transfer.fromUnit)}</Table.Td>
                <Table.Td>{labelOf(kit.unitLabels, transfer.toUnit)}</Table.Td>
                <Table.Td>{transfer.reason ?? "—"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
