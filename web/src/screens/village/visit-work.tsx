import { useQuery } from "@apollo/client/react";
import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { MoreRows } from "../../components/more-rows";
import { PAGE_SIZE, withMoreEdges } from "../../components/paging";
import { QueryState } from "../../components/query-state";
import { graphql } from "../../gql";
import { CASE_TYPE_LABELS, labelOf } from "../../labels";
import { VISIT_MODE_LABELS, VISIT_RECORD_STATE_LABELS } from "../../labels/district";
import { DeadlineBadge } from "../district/deadline-badge";
import { nodesOf } from "../district/nodes";
import { VillageFilter } from "../district/village-filter";
import { CaseWork } from "./case-work";

/**
 * The 里幹事's cases (A6–A8), phone-sized first: one card per open case of their villages (the
 * gateway's row scope decides which), the visit's and the record's deadlines in words and colour;
 * opening one leads to the attempt, 附件4 and urgent reports.
 */
const MY_CASES = graphql(`
  query ConsoleVillageCases($first: Int, $after: String, $village: String) {
    careCases(first: $first, after: $after, filter: { status: OPEN, village: $village }) {
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
          assignedOfficerName
          visitAttempts {
            attemptNumber
          }
          visitRecord {
            id
            state
          }
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

export function VisitWork() {
  const [village, setVillage] = useState("");
  const query = useQuery(MY_CASES, { variables: { first: PAGE_SIZE, village: village === "" ? null : village } });
  const [open, setOpen] = useState<string | null>(null);
  const more = (after: string) =>
    query.fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ ...fetchMoreResult, careCases: withMoreEdges(shown.careCases, fetchMoreResult.careCases) }) });
  if (open !== null) {
    return <CaseWork careCaseId={open} onBack={() => setOpen(null)} />;
  }
  return (
    <Stack>
      <Title order={2} size="h4">
        訪視作業
      </Title>
      <VillageFilter value={village} onChange={setVillage} />
      <QueryState result={query} what="訪視案件" empty={{ when: (data) => nodesOf(data.careCases).length === 0, text: "目前沒有待訪視的案件。" }}>
        {(data) => (
          <>
            {nodesOf(data.careCases).map((careCase) => {
            const name = `${careCase.village ?? "—"}${careCase.neighbourhood !== null && careCase.neighbourhood !== undefined ? ` ${careCase.neighbourhood}鄰` : ""} ${labelOf(CASE_TYPE_LABELS, careCase.caseType)}`;
            return (
              <Card key={careCase.id} withBorder component="article" aria-label={name}>
                <Stack gap={6}>
                  <Text fw={700}>{name}</Text>
                  <Text size="sm">
                    {labelOf(VISIT_MODE_LABELS, careCase.requestedMode)}・已訪視 {careCase.visitAttempts?.length ?? 0} 次・{careCase.assignedOfficerName ?? "未派案"}
                  </Text>
                  <Group gap="xs">
                    <DeadlineBadge deadlines={careCase.deadlines} step="HOME_VISIT" />
                    <DeadlineBadge deadlines={careCase.deadlines} step="VISIT_RECORD" />
                    {careCase.visitRecord !== null && careCase.visitRecord !== undefined && (
                      <Badge variant="outline" color="dark">
                        訪視紀錄表{labelOf(VISIT_RECORD_STATE_LABELS, careCase.visitRecord.state)}
                      </Badge>
                    )}
                  </Group>
                  <Button onClick={() => setOpen(careCase.id)} fullWidth>
                    開啟案件
                  </Button>
                </Stack>
              </Card>
            );
            })}
            <MoreRows page={data.careCases} shown={nodesOf(data.careCases).length} what="訪視案件" onMore={more} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
