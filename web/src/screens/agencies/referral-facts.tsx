import { Badge, Table } from "@mantine/core";
import { districtByCode } from "../../../../shared/domain/districts";
import { rocDate, rocDateTime } from "../../format/roc-date";
import { labelOf } from "../../labels";
import { REFERRAL_STATUS_LABELS } from "../../labels/agencies";
import type { ReceivingKit, ReferralView } from "./kit";

export function StatusBadge({ status }: { status: string | null | undefined }) {
  const shown = REFERRAL_STATUS_LABELS[status ?? ""] ?? { label: status ?? "—", color: "gray" };
  // Colour and words both: the status must not depend on telling colours apart.
  return (
    <Badge color={shown.color} variant="filled" radius="sm">
      {shown.label}
    </Badge>
  );
}

export function needsText(kit: ReceivingKit, needs: readonly string[] | null | undefined): string {
  return (needs ?? []).map((need) => labelOf(kit.needLabels, need)).join("、") || "—";
}

export function districtName(code: string | null | undefined): string {
  return code === null || code === undefined ? "—" : `${districtByCode(code)?.name ?? code}公所`;
}

/** 附件4's hand-off as the serving unit needs it (A8, A9): whom to contact, the needs, what the district found. */
export function ReferralFacts({ kit, referral }: { kit: ReceivingKit; referral: ReferralView }) {
  const rows: [string, React.ReactNode][] = [
    ["案件狀態", <StatusBadge key="status" status={referral.status} />],
    ["受轉介者", referral.contactName ?? "未提供"],
    ["聯絡電話", referral.contactPhone ?? "未提供"],
    ["聯絡地址", referral.contactAddress ?? "未提供"],
    ["轉介需求", needsText(kit, referral.needs)],
    ["區公所說明", referral.description ?? "未提供"],
    ["轉介單位", districtName(referral.referringDistrictCode)],
    ["轉介日期", rocDate(referral.referredOn)],
    ["收案時間", rocDateTime(referral.receivedAt)],
    ["服務單位", labelOf(kit.unitLabels, referral.serviceUnit)],
    ["結案日期", referral.closedOn === null || referral.closedOn === undefined ? "尚未結案" : rocDate(referral.closedOn)],
  ];
  return (
    <Table variant="vertical" withTableBorder aria-label="轉介內容">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={140}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
