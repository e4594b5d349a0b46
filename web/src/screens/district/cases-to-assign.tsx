import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Card, Group, Stack, Table, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { MoreRows } from "../../components/more-rows";
import { PAGE_SIZE, withMoreEdges } from "../../components/paging";
import { QueryState } from "../../components/query-state";
import { graphql } from "../../gql";
import type { ConsoleCasesToAssignQuery } from "../../gql/graphql";
import { CASE_TYPE_LABELS, labelOf } from "../../labels";
import { VISIT_MODE_LABELS } from "../../labels/district";
import { DeadlineBadge } from "./deadline-badge";
import { nodesOf } from "./nodes";
import { problemOf, ServerError, ServerProblem } from "./server-error";
import { VillageFilter } from "./village-filter";

/**
 * A6: 人文課 registers each acknowledged case (列管) and assigns the 里幹事 of its 里, so the cases
 * are grouped by village. The officer is named by staff identifier (the subject of their token,
 * which routes the case to their inbox) and name; the platform keeps no staff list of its own.
 */
const CASES_TO_ASSIGN = graphql(`
  query ConsoleCasesToAssign($first: Int, $after: String, $village: String) {
    careCases(first: $first, after: $after, filter: { status: OPEN, assigned: false, village: $village }) {
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
          requestedMode
          assignedOfficerId
          deadlines {
            step
            dueAt
            state
          }
        }
      }
    }
  }
`);

const ASSIGN = graphql(`
  mutation ConsoleAssignVillageOfficer($careCaseId: ID!, $officerId: String!, $officerName: String!) {
    assignVillageOfficer(careCaseId: $careCaseId, officerId: $officerId, officerName: $officerName) {
      id
      assignedOfficerId
      assignedOfficerName
    }
  }
`);

type CaseNode = NonNullable<NonNullable<NonNullable<ConsoleCasesToAssignQuery["careCases"]>["edges"]>[number]["node"]>;

const officerSchema = z.object({
  officerId: z.string().trim().min(1, "請填寫里幹事代號").max(100, "代號過長"),
  officerName: z.string().trim().min(1, "請填寫里幹事姓名").max(60, "姓名過長"),
});
type Officer = z.infer<typeof officerSchema>;

function VillageGroup({ village, cases, onDone }: { village: string; cases: readonly CaseNode[]; onDone: () => void }) {
  const [assign, { loading }] = useMutation(ASSIGN);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const form = useForm<Officer>({ resolver: zodResolver(officerSchema), mode: "onTouched", defaultValues: { officerId: "", officerName: "" } });
  const assignAll = form.handleSubmit(async (officer) => {
    setProblem(null);
    try {
      for (const careCase of cases) {
        await assign({ variables: { careCaseId: careCase.id, officerId: officer.officerId.trim(), officerName: officer.officerName.trim() } });
      }
      onDone();
    } catch (error) {
      setProblem(problemOf(error));
      onDone();
    }
  });
  return (
    <Card withBorder component="section" aria-label={`${village}待派案件`}>
      <form onSubmit={(event) => void assignAll(event)} noValidate>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {village}（{cases.length} 件）
          </Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>洽公項目</Table.Th>
                <Table.Th>鄰</Table.Th>
                <Table.Th>訪視方式</Table.Th>
                <Table.Th>訪視期限</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.map((careCase) => (
                <Table.Tr key={careCase.id}>
                  <Table.Td>{labelOf(CASE_TYPE_LABELS, careCase.caseType)}</Table.Td>
                  <Table.Td>{careCase.neighbourhood ?? "—"}</Table.Td>
                  <Table.Td>{labelOf(VISIT_MODE_LABELS, careCase.requestedMode)}</Table.Td>
                  <Table.Td>
                    <DeadlineBadge deadlines={careCase.deadlines} step="HOME_VISIT" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group align="flex-start" grow>
            <TextInput label="里幹事代號" required {...form.register("officerId")} error={form.formState.errors.officerId?.message} />
            <TextInput label="里幹事姓名" required {...form.register("officerName")} error={form.formState.errors.officerName?.message} />
          </Group>
          <ServerError problem={problem} />
          <Group>
            <Button type="submit" loading={loading}>
              派案給此里幹事
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The cases no 里幹事 has yet (A6): the server's filter (assigned: false), the one just assigned dropped at once. */
function unassignedOf(data: ConsoleCasesToAssignQuery) {
  return nodesOf(data.careCases).filter((careCase) => careCase.assignedOfficerId === null || careCase.assignedOfficerId === undefined);
}

export function CasesToAssign() {
  const [village, setVillage] = useState("");
  const query = useQuery(CASES_TO_ASSIGN, { variables: { first: PAGE_SIZE, village: village === "" ? null : village } });
  const more = (after: string) =>
    query.fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ ...fetchMoreResult, careCases: withMoreEdges(shown.careCases, fetchMoreResult.careCases) }) });
  return (
    <Stack>
      <Title order={2} size="h4">
        待派案件（依里別）
      </Title>
      <VillageFilter value={village} onChange={setVillage} />
      <QueryState result={query} what="待派案件" empty={{ when: (data) => unassignedOf(data).length === 0, text: "目前沒有待派案的案件。" }}>
        {(data) => {
          const unassigned = unassignedOf(data);
          const villages = [...new Set(unassigned.map((careCase) => careCase.village ?? "—"))].sort((a, b) => a.localeCompare(b, "zh-TW"));
          return (
            <>
              {villages.map((name) => (
                <VillageGroup key={name} village={name} cases={unassigned.filter((careCase) => (careCase.village ?? "—") === name)} onDone={() => void query.refetch()} />
              ))}
              <MoreRows page={data.careCases} shown={unassigned.length} what="待派案件" onMore={more} />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
