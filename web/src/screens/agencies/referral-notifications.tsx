import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { QueryState } from "../../components/query-state";
import { rocDateTime } from "../../format/roc-date";
import { labelOf } from "../../labels";
import { RECEIVING_NOTIFICATION_LABELS } from "../../labels/agencies";
import { ZhTwDates } from "./date-field";
import type { NotificationView, ReceivingKit } from "./kit";
import { ReferralDetail } from "./referral-detail";

/** Issue #8's notifications of a receiving unit ("a referral arrived"), newest first, each marked seen by the reader. */
export function ReferralNotifications({ kit }: { kit: ReceivingKit }) {
  const [opened, setOpened] = useState<string | null>(null);
  return <ZhTwDates>{opened === null ? <NotificationList kit={kit} onOpen={setOpened} /> : <ReferralDetail kit={kit} id={opened} onBack={() => setOpened(null)} />}</ZhTwDates>;
}

function NotificationList({ kit, onOpen }: { kit: ReceivingKit; onOpen: (id: string) => void }) {
  const query = useQuery(kit.notifications);
  return (
    <QueryState result={query} what="通知">
      {(data) => <Notifications kit={kit} notifications={data.notifications ?? []} onOpen={onOpen} />}
    </QueryState>
  );
}

function Notifications({ kit, notifications, onOpen }: { kit: ReceivingKit; notifications: readonly NotificationView[]; onOpen: (id: string) => void }) {
  const [markSeen, marking] = useMutation(kit.markSeen, { refetchQueries: "active", awaitRefetchQueries: true });
  const unseen = notifications.filter((notification) => notification.seenAt === null || notification.seenAt === undefined).map((notification) => notification.id);
  const seen = (ids: string[]) => void markSeen({ variables: { ids } }).catch(() => undefined);
  return (
    <Stack>
      <Title order={2} size="h4">
        {kit.agency}通知
      </Title>
      <Group>
        <Text size="sm">未讀 {unseen.length} 則</Text>
        <Button size="xs" variant="default" disabled={unseen.length === 0} loading={marking.loading} onClick={() => seen(unseen)}>
          全部標示為已讀
        </Button>
      </Group>
      {marking.error !== undefined && (
        <Alert color="red" variant="filled" role="alert">
          無法標示為已讀，請稍後再試。
        </Alert>
      )}
      {notifications.length === 0 ? (
        <Text>目前沒有通知。</Text>
      ) : (
        <Table striped aria-label="通知">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>狀態</Table.Th>
              <Table.Th>通知</Table.Th>
              <Table.Th>時間</Table.Th>
              <Table.Th>操作</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {notifications.map((notification) => {
              const isUnseen = unseen.includes(notification.id);
              return (
                <Table.Tr key={notification.id}>
                  <Table.Td>
                    <Badge color={isUnseen ? "red" : "gray"} variant={isUnseen ? "filled" : "outline"} radius="sm">
                      {isUnseen ? "未讀" : "已讀"}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{labelOf(RECEIVING_NOTIFICATION_LABELS, notification.kind)}</Table.Td>
                  <Table.Td>{rocDateTime(notification.createdAt)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {notification.subjectId !== null && notification.subjectId !== undefined && (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => {
                            if (isUnseen) {
                              seen([notification.id]);
                            }
                            onOpen(notification.subjectId ?? "");
                          }}
                        >
                          開啟轉介
                        </Button>
                      )}
                      {isUnseen && (
                        <Button size="xs" variant="default" onClick={() => seen([notification.id])}>
                          標示已讀
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
