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
 * A4: 人文課 seals the 附件3 ledgers that arrived from the household offices (區所核章). The
 * district has no list of ledgers of its own: the cases still HANDED_OVER name them, so a ledger
 * is listed while any of its cases waits, with the ACKNOWLEDGEMENT deadline in words and colour.
 */
const LEDGERS = graphql(`
  query ConsoleLedgersToAcknowledge($first: Int, $after: String) {
    careCases(first: $first, after: $after, filter: { status: HANDED_OVER }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          caseType
          village
          neighbourhood
          deadlines {
            step
            dueAt
            state
          }
          handoverLedger {
            id
            receivedAt
            officeCode
            ledgerDate
            formCount
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

type CaseNode = NonNullable<NonNullable<NonNullable<ConsoleLedgersToAcknowledgeQuery["careCases"]>["edges"]>[number]["node"]>;

interface LedgerGroup {
  readonly ledger: NonNullable<CaseNode["handoverLedger"]>;
  readonly cases: CaseNode[];
}

function byLedger(cases: readonly CaseNode[]): LedgerGroup[] {
  const groups = new Map<string, LedgerGroup>();
  for (const careCase of cases) {
    const ledger = careCase.handoverLedger;
    if (ledger === null || ledger === undefined) {
      continue;
    }
    const group = groups.get(ledger.id) ?? { ledger, cases: [] };
    group.cases.push(careCase);
    groups.set(ledger.id, group);
  }
  return [...groups.values()].sort((a, b) => (a.ledger.receivedAt ?? "").localeCompare(b.ledger.receivedAt ?? ""));
}

function LedgerCard({ group, onDone }: { group: LedgerGroup; onDone: () => void }) {
  const [acknowledge, { loading }] = useMutation(ACKNOWLEDGE);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const { ledger } = group;
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
          <DeadlineBadge deadlines={group.cases[0]?.deadlines} step="ACKNOWLEDGEMENT" />
        </Group>
        <Text size="sm">
          份數 {ledger.formCount ?? group.cases.length} 份，送達 {rocDateTime(ledger.receivedAt)}
        </Text>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>洽公項目</Table.Th>
              <Table.Th>里別</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.cases.map((careCase) => (
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
    query.fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ ...fetchMoreResult, careCases: withMoreEdges(shown.careCases, fetchMoreResult.careCases) }) });
  return (
    <Stack>
      <Title order={2} size="h4">
        待簽收交接清冊（附件3）
      </Title>
      <QueryState result={query} what="交接清冊" empty={{ when: (data) => byLedger(nodesOf(data.careCases)).length === 0, text: "目前沒有待簽收的交接清冊。" }}>
        {(data) => (
          <>
            {byLedger(nodesOf(data.careCases)).map((group) => (
              <LedgerCard key={group.ledger.id} group={group} onDone={() => void query.refetch()} />
            ))}
            {/* A ledger's cases are listed by case: a ledger split across pages shows its cases of the pages read. */}
            <MoreRows page={data.careCases} shown={nodesOf(data.careCases).length} what="待簽收案件" onMore={more} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
