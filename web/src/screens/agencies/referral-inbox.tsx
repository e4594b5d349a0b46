import { useQuery } from "@apollo/client/react";
import { Badge, Button, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { MoreRows } from "../../components/more-rows";
import { PAGE_SIZE, withMoreItems } from "../../components/paging";
import { QueryState } from "../../components/query-state";
import { rocDate } from "../../format/roc-date";
import { labelOf } from "../../labels";
import { RECEIVING_WORK_LABELS } from "../../labels/agencies";
import { ZhTwDates } from "./date-field";
import type { InboxView, ReceivingKit } from "./kit";
import { ReferralDetail } from "./referral-detail";
import { districtName, needsText } from "./referral-facts";

/**
 * A receiving unit's referrals to accept and to serve (issue #8's inbox, A10), in arrival order:
 * one screen for every agency built on shared/receiving, by its kit (issue #11).
 */
export function ReferralInbox({ kit }: { kit: ReceivingKit }) {
  const [opened, setOpened] = useState<string | null>(null);
  return <ZhTwDates>{opened === null ? <InboxList kit={kit} onOpen={setOpened} /> : <ReferralDetail kit={kit} id={opened} onBack={() => setOpened(null)} />}</ZhTwDates>;
}

function InboxList({ kit, onOpen }: { kit: ReceivingKit; onOpen: (id: string) => void }) {
  const query = useQuery(kit.inbox, { variables: { first: PAGE_SIZE } });
  const more = (after: string) => query.fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ ...fetchMoreResult, inbox: withMoreItems(shown.inbox, fetchMoreResult.inbox) }) });
  return (
    <QueryState result={query} what="轉介案件">
      {(data) => <Inbox kit={kit} inbox={data.inbox} onOpen={onOpen} onMore={more} />}
    </QueryState>
  );
}

function Inbox({ kit, inbox, onOpen, onMore }: { kit: ReceivingKit; inbox: InboxView | null | undefined; onOpen: (id: string) => void; onMore: (after: string) => Promise<unknown> }) {
  const items = inbox?.items ?? [];
  return (
    <Stack>
      <Title order={2} size="h4">
        {kit.agency}轉介案件
      </Title>
      {items.length === 0 ? (
        <Text>目前沒有待接案或服務中的轉介。</Text>
      ) : (
        <Table striped highlightOnHover aria-label="轉介案件">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>待辦</Table.Th>
              <Table.Th>受轉介者</Table.Th>
              <Table.Th>轉介需求</Table.Th>
              <Table.Th>轉介單位</Table.Th>
              <Table.Th>轉介日期</Table.Th>
              <Table.Th>服務紀錄</Table.Th>
              <Table.Th>操作</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Badge color={item.kind === "ACCEPT_REFERRAL" ? "yellow" : "blue"} variant="filled" radius="sm">
                    {labelOf(RECEIVING_WORK_LABELS, item.kind)}
                  </Badge>
                </Table.Td>
                <Table.Td>{item.referral?.contactName ?? "未提供"}</Table.Td>
                <Table.Td>{needsText(kit, item.referral?.needs)}</Table.Td>
                <Table.Td>{districtName(item.referral?.referringDistrictCode)}</Table.Td>
                <Table.Td>{rocDate(item.referral?.referredOn)}</Table.Td>
                <Table.Td>{item.referral?.services?.length ?? 0} 次</Table.Td>
                <Table.Td>
                  {item.referral !== null && item.referral !== undefined && (
                    <Button size="xs" variant="light" onClick={() => onOpen(item.referral?.id ?? "")} aria-label={`開啟 ${item.referral.contactName ?? ""} 的轉介`}>
                      開啟
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm">依收案先後排序。</Text>
      <MoreRows page={inbox} shown={items.length} what="轉介案件" onMore={onMore} />
    </Stack>
  );
}
