import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Group, List, Stack, Text, Title } from "@mantine/core";
import { QueryState } from "../../components/query-state";
import { rocDateTime } from "../../format/roc-date";
import { graphql } from "../../gql";
import type { ConsoleClerkStartQuery } from "../../gql/graphql";
import { INBOX_STATE_LABELS, labelOf } from "../../labels";
import { HOUSEHOLD_NOTIFICATION_LABELS, OFFICE_STEP_LABELS } from "../../labels/household";
import { StateBadge } from "./state-badge";

/**
 * The clerk's start (issue #8's inbox and notifications): how much is due in each state, how much
 * of each step (issue #11: the server's counts of each step, not a count of the first rows read),
 * and what happened since.
 */
const CLERK_START = graphql(`
  query ConsoleClerkStart {
    householdInbox(first: 1) {
      totalCount
      counts {
        state
        count
      }
    }
    handovers: householdInbox(first: 1, steps: ["HANDOVER"]) {
      totalCount
    }
    corrections: householdInbox(first: 1, steps: ["CORRECTION"]) {
      totalCount
    }
    householdNotifications(first: 20) {
      id
      kind
      step
      createdAt
      seenAt
    }
  }
`);

const MARK_SEEN = graphql(`
  mutation ConsoleMarkHouseholdNotificationsSeen($ids: [ID!]!) {
    markHouseholdNotificationsSeen(ids: $ids) {
      id
      seenAt
    }
  }
`);

export function HouseholdStart() {
  const query = useQuery(CLERK_START);
  return (
    <QueryState result={query} what="待辦">
      {(data) => <Start data={data} />}
    </QueryState>
  );
}

function Start({ data }: { data: ConsoleClerkStartQuery }) {
  // The cache updates each notification's seenAt by its id: the list shows them read without a refetch.
  const [markSeen, { loading: marking }] = useMutation(MARK_SEEN);
  const byStep: Readonly<Record<string, number>> = { HANDOVER: data.handovers?.totalCount ?? 0, CORRECTION: data.corrections?.totalCount ?? 0 };
  const notifications = data?.householdNotifications ?? [];
  const unseen = notifications.filter((notification) => notification.seenAt === null || notification.seenAt === undefined).map((notification) => notification.id);
  return (
    <Stack>
      <Title order={2} size="h4">
        戶所待辦
      </Title>
      <Group gap="xs" aria-label="各狀態件數">
        {(data?.householdInbox?.counts ?? []).map((count) => (
          <Group key={count.state ?? "none"} gap={4}>
            <StateBadge labels={INBOX_STATE_LABELS} state={count.state} />
            <Text size="sm">{count.count} 件</Text>
          </Group>
        ))}
      </Group>
      <List aria-label="待辦事項">
        {Object.entries(OFFICE_STEP_LABELS).map(([step, label]) => (
          <List.Item key={step}>
            {label}：{byStep[step] ?? 0} 件
          </List.Item>
        ))}
      </List>
      <Group justify="space-between">
        <Title order={3} size="h5">
          通知
        </Title>
        {unseen.length > 0 && (
          <Button variant="default" size="xs" loading={marking} onClick={() => void markSeen({ variables: { ids: unseen } })}>
            全部標示已讀
          </Button>
        )}
      </Group>
      {notifications.length === 0 ? (
        <Text>沒有新的通知。</Text>
      ) : (
        <List aria-label="通知">
          {notifications.map((notification) => (
            <List.Item key={notification.id}>
              {rocDateTime(notification.createdAt)} {labelOf(HOUSEHOLD_NOTIFICATION_LABELS, notification.kind)}
              {notification.step === null || notification.step === undefined ? "" : `（${labelOf(OFFICE_STEP_LABELS, notification.step)}）`}
              {notification.seenAt === null || notification.seenAt === undefined ? " 未讀" : ""}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
