import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Role } from "../../../../shared/auth/roles";
import { MoreRows } from "../../components/more-rows";
import { PAGE_SIZE, withMoreEdges } from "../../components/paging";
import { QueryState } from "../../components/query-state";
import { rocDate, rocDateTime } from "../../format/roc-date";
import { graphql } from "../../gql";
import type { ConsoleLedgersToAcknowledgeQuery } from "../../gql/graphql";
import { CASE_TYPE_LABELS, labelOf } from "../../labels";
import { orgLabel } from "../../orgs";
import { DeadlineBadge } from "./deadline-badge";
import { nodesOf } from "./nodes";
import { problemOf, ServerError, ServerProblem } from "./server-error";

/**
 * A4: 人文課 seals the 附件3 ledgers that arrived from the household offices (區所核章). Issue #11:
 * the list is paged by ledger (handoverLedgersToAcknowledge), so a page holds whole ledgers and one
 * is never shown half-read; each shows the ACKNOWLEDGEMENT deadline in words and colour.
 */
const LEDGERS = graphql(`
  query ConsoleLedgersToAcknowledge($first: Int, $after: String) {
    handoverLedgersToAcknowledge(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          receivedAt
          officeCode
          ledgerDate
          formCount
          careCases {
            id
            caseType
            village
            neighbourhood
            deadlines {
              step
              dueAt
              state
            }
          }
        }
      }
    }
  }
`);

const ACKNOWLEDGE = graphql(`
  mutation ConsoleAcknowledgeLedger($ledgerId: ID!) {
    acknowledgeHandoverLedger(ledgerId: $ledgerId) {
      id
      acknowledgedAt
      careCases {
        id
        status
      }
    }
  }
`);

type LedgerNode = NonNullable<NonNullable<NonNullable<ConsoleLedgersToAcknowledgeQuery["handoverLedgersToAcknowledge"]>["edges"]>[number]["node"]>;

function LedgerCard({ ledger, onDone }: { ledger: LedgerNode; onDone: () => void }) {
  const [acknowledge, { loading }] = useMutation(ACKNOWLEDGE);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const office = orgLabel(Role.HOUSEHOLD_CLERK, ledger.officeCode ?? "—");
  const title = `${office} ${rocDate(ledger.ledgerDate)} 交接清冊`;
  const seal = async (): Promise<void> => {
    setProblem(null);
    try {
      await acknowledge({ variables: { ledgerId: ledger.id } });
      onDone();
    } catch (error) {
      setProblem(problemOf(error));
    }
  };
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {title}
          </Title>
          <DeadlineBadge deadlines={ledger.careCases?.[0]?.deadlines} step="ACKNOWLEDGEMENT" />
        </Group>
        <Text size="sm">
          份數 {ledger.formCount ?? ledger.careCases?.length ?? 0} 份，送達 {rocDateTime(ledger.receivedAt)}
        </Text>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>洽公項目</Table.Th>
              <Table.Th>里別</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(ledger.careCases ?? []).map((careCase) => (
              <Table.Tr key={careCase.id}>
                <Table.Td>{labelOf(CASE_TYPE_LABELS, careCase.caseType)}</Table.Td>
                <Table.Td>
                  {careCase.village ?? "—"}
                  {careCase.neighbourhood !== null && careCase.neighbourhood !== undefined ? ` ${careCase.neighbourhood}鄰` : ""}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <ServerError problem={problem} />
        <Group>
          <Button onClick={() => void seal()} loading={loading}>
            簽收（區所核章）
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function LedgersToAcknowledge() {
  const query = useQuery(LEDGERS, { variables: { first: PAGE_SIZE } });
  const more = (after: string) =>
    query.fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        handoverLedgersToAcknowledge: withMoreEdges(shown.handoverLedgersToAcknowledge, fetchMoreResult.handoverLedgersToAcknowledge),
      }),
    });
  return (
    <Stack>
      <Title order={2} size="h4">
        待簽收交接清冊（附件3）
      </Title>
      <QueryState result={query} what="交接清冊" empty={{ when: (data) => nodesOf(data.handoverLedgersToAcknowledge).length === 0, text: "目前沒有待簽收的交接清冊。" }}>
        {(data) => (
          <>
            {nodesOf(data.handoverLedgersToAcknowledge).map((ledger) => (
              <LedgerCard key={ledger.id} ledger={ledger} onDone={() => void query.refetch()} />
            ))}
            {/* Paged by ledger (issue #11): every ledger shown is whole; more ledgers load below. */}
            <MoreRows page={data.handoverLedgersToAcknowledge} shown={nodesOf(data.handoverLedgersToAcknowledge).length} what="待簽收清冊" onMore={more} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
