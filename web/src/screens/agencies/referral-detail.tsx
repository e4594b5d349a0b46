import { useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Loader, SimpleGrid, Stack, Title } from "@mantine/core";
import { rocDate } from "../../format/roc-date";
import { CloseForm } from "./close-form";
import type { ReceivingKit } from "./kit";
import { ReferralFacts } from "./referral-facts";
import { ReferralHistory } from "./referral-history";
import { ServiceForm } from "./service-form";
import { TransferForm } from "./transfer-form";
import { UrgentReportAnswers } from "./urgent-report-answers";

/** One referral opened (A10): what was handed over, what was done, and what may be done next. */
export function ReferralDetail({ kit, id, onBack }: { kit: ReceivingKit; id: string; onBack: () => void }) {
  const { data, loading, error } = useQuery(kit.referral, { variables: { id } });
  const back = (
    <Group>
      <Button variant="default" onClick={onBack}>
        返回列表
      </Button>
    </Group>
  );
  if (loading && data === undefined) {
    return <Loader aria-label="載入中" />;
  }
  const referral = data?.referral;
  if (error !== undefined || referral === null || referral === undefined) {
    // A10: after a transfer the old unit no longer sees the referral; the platform answers as for any referral not its own.
    return (
      <Stack>
        <Alert color="yellow" title="無法開啟此轉介" role="alert">
          此轉介已不在本單位的服務範圍（可能已移轉至其他單位）。
        </Alert>
        {back}
      </Stack>
    );
  }
  const open = referral.status !== "CLOSED";
  return (
    <Stack>
      <Title order={2} size="h4">
        轉介案件：{referral.contactName ?? "未提供姓名"}
      </Title>
      {back}
      <ReferralFacts kit={kit} referral={referral} />
      <ReferralHistory kit={kit} referral={referral} />
      {kit.answersUrgentReportsTo !== undefined && referral.careCaseId !== null && referral.careCaseId !== undefined && (
        <UrgentReportAnswers target={kit.answersUrgentReportsTo} careCaseId={referral.careCaseId} agency={kit.agency} />
      )}
      {kit.extra?.(referral)}
      {open ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <ServiceForm kit={kit} referral={referral} />
          {referral.status === "IN_SERVICE" && <CloseForm kit={kit} referral={referral} />}
          {kit.transfer !== undefined && referral.serviceUnit !== kit.transfer.toUnit && <TransferForm transfer={kit.transfer} unitLabels={kit.unitLabels} referral={referral} />}
        </SimpleGrid>
      ) : (
        <Alert color="gray" variant="light" title="已結案" role="status">
          本轉介已於{rocDate(referral.closedOn)}結案，結案結果已回報轉介的區公所。
        </Alert>
      )}
    </Stack>
  );
}
