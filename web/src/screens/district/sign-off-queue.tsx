import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Badge, Button, Card, Group, List, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { MoreRows } from "../../components/more-rows";
import { PAGE_SIZE, withMoreEdges } from "../../components/paging";
import { QueryState } from "../../components/query-state";
import { rocDate, rocDateTime } from "../../format/roc-date";
import { taipeiToday } from "../../format/taipei-today";
import { graphql } from "../../gql";
import type { ConsoleSignOffQueueQuery } from "../../gql/graphql";
import { labelOf } from "../../labels";
import { SIGN_OFF_LABELS, VISIT_OUTCOME_LABELS, VISIT_RECORD_STATE_LABELS } from "../../labels/district";
import { DateField } from "./date-field";
import { nodesOf } from "./nodes";
import { problemOf, ServerError, ServerProblem } from "./server-error";

/**
 * A8: 附件4's sign-off queue. Each level signs in the record's order (the district's configured
 * levels when it was handed in); 人文課 enters the signatures of the levels that sign on paper,
 * and files the record once every level has signed (A8/A9: filing sends the referrals and opens
 * the district's help tasks). The records are found on the district's open cases.
 */
const SIGN_OFF_QUEUE = graphql(`
  query ConsoleSignOffQueue($first: Int, $after: String) {
    careCases(first: $first, after: $after, filter: { status: OPEN, visitRecordStates: [DRAFT, SIGNING] }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          village
          assignedOfficerName
          visitRecord {
            id
            state
            outcome
            visitedOn
            firstMissedOn
            needs
            requiredLevels
            signatures {
              level
              signerName
              signedAt
            }
          }
        }
      }
    }
    visitFormBoxes {
      code
      label
    }
  }
`);

const SIGN = graphql(`
  mutation ConsoleSignVisitRecord($id: ID!, $level: SignOffRole!, $signerName: String!) {
    signVisitRecord(id: $id, level: $level, signerName: $signerName) {
      id
      state
      signatures {
        level
        signerName
        signedAt
      }
    }
  }
`);

const FILE = graphql(`
  mutation ConsoleFileVisitRecord($id: ID!, $filedOn: LocalDate!) {
    fileVisitRecord(id: $id, filedOn: $filedOn) {
      id
      state
      filedOn
      careCase {
        id
        status
        referrals {
          id
          target
          delivery
        }
      }
    }
  }
`);

type CaseNode = NonNullable<NonNullable<NonNullable<ConsoleSignOffQueueQuery["careCases"]>["edges"]>[number]["node"]>;
type Pending = CaseNode & { visitRecord: NonNullable<CaseNode["visitRecord"]> };

/** The records still to sign or file: the server's filter (DRAFT, SIGNING), a record filed a moment ago dropped at once. */
function pendingOf(data: ConsoleSignOffQueueQuery): Pending[] {
  return nodesOf(data.careCases).filter((careCase): careCase is Pending => careCase.visitRecord !== null && careCase.visitRecord !== undefined && careCase.visitRecord.state !== "FILED");
}

function RecordCard({ careCase, boxLabels, onDone }: { careCase: Pending; boxLabels: Readonly<Record<string, string>>; onDone: (message: string) => void }) {
  const record = careCase.visitRecord;
  const signatures = record.signatures ?? [];
  const next = (record.requiredLevels ?? [])[signatures.length];
  const [signerName, setSignerName] = useState("");
  const [filedOn, setFiledOn] = useState<string | null>(taipeiToday());
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [sign, signing] = useMutation(SIGN);
  const [file, filing] = useMutation(FILE);
  const title = `${careCase.village ?? "—"} ${careCase.assignedOfficerName ?? ""} 訪視紀錄表`;

  const signNext = async (): Promise<void> => {
    if (next === undefined) {
      return;
    }
    setProblem(null);
    try {
      await sign({ variables: { id: record.id, level: next, signerName: signerName.trim() } });
      setSignerName("");
      onDone(`${labelOf(SIGN_OFF_LABELS, next)}已核章。`);
    } catch (error) {
      setProblem(problemOf(error));
    }
  };
  const fileRecord = async (): Promise<void> => {
    setProblem(null);
    try {
      const result = await file({ variables: { id: record.id, filedOn: filedOn ?? "" } });
      const referrals = result.data?.fileVisitRecord?.careCase?.referrals ?? [];
      onDone(referrals.length === 0 ? "訪視紀錄表已歸檔。" : `訪視紀錄表已歸檔，已轉介：${referrals.map((referral) => labelOf(boxLabels, referral.target)).join("、")}。`);
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
          <Badge variant="outline" color="dark">
            {labelOf(VISIT_RECORD_STATE_LABELS, record.state)}
          </Badge>
        </Group>
        <Text size="sm">
          服務概況：{labelOf(VISIT_OUTCOME_LABELS, record.outcome)}
          {(record.needs ?? []).length > 0 ? `（${(record.needs ?? []).map((need) => labelOf(boxLabels, need)).join("、")}）` : ""}
          ，訪視日期 {rocDate(record.visitedOn ?? record.firstMissedOn)}
        </Text>
        <List size="sm" aria-label="核章">
          {(record.requiredLevels ?? []).map((level, index) => {
            const signature = signatures[index];
            return (
              <List.Item key={level}>
                {labelOf(SIGN_OFF_LABELS, level)}：{signature === undefined ? "尚未核章" : `${signature.signerName ?? ""}（${rocDateTime(signature.signedAt)}）`}
              </List.Item>
            );
          })}
        </List>
        <ServerError problem={problem} />
        {next !== undefined ? (
          <Group align="flex-end">
            <TextInput label={`${labelOf(SIGN_OFF_LABELS, next)}核章人姓名`} value={signerName} onChange={(event) => setSignerName(event.currentTarget.value)} required maxLength={60} />
            <Button onClick={() => void signNext()} loading={signing.loading} disabled={signerName.trim() === ""}>
              {labelOf(SIGN_OFF_LABELS, next)}核章
            </Button>
          </Group>
        ) : (
          <Group align="flex-end">
            <DateField label="歸檔日期" value={filedOn} onChange={setFiledOn} maxDate={taipeiToday()} />
            <Button onClick={() => void fileRecord()} loading={filing.loading} disabled={filedOn === null}>
              歸檔
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

export function SignOffQueue() {
  const query = useQuery(SIGN_OFF_QUEUE, { variables: { first: PAGE_SIZE } });
  const more = (after: string) =>
    query.fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ ...fetchMoreResult, careCases: withMoreEdges(shown.careCases, fetchMoreResult.careCases) }) });
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string): void => {
    setMessage(text);
    void query.refetch();
  };
  return (
    <Stack>
      <Title order={2} size="h4">
        訪視紀錄表核章及歸檔（附件4）
      </Title>
      {message !== null && (
        <Alert color="green" variant="light" role="status">
          {message}
        </Alert>
      )}
      <QueryState result={query} what="待核章的訪視紀錄表" empty={{ when: (data) => pendingOf(data).length === 0, text: "目前沒有待核章的訪視紀錄表。" }}>
        {(data) => {
          const boxLabels: Record<string, string> = Object.fromEntries((data.visitFormBoxes ?? []).map((box) => [box.code ?? "", box.label ?? box.code ?? ""]));
          return (
            <>
              {pendingOf(data).map((careCase) => (
                <RecordCard key={careCase.id} careCase={careCase} boxLabels={boxLabels} onDone={done} />
              ))}
              <MoreRows page={data.careCases} shown={pendingOf(data).length} what="待核章紀錄表" onMore={more} />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
