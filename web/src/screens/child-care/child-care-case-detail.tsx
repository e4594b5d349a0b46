import { useQuery } from "@apollo/client/react";
import { Badge, Card, Divider, Group, Stack, Text, Title } from "@mantine/core";
import { QueryState } from "../../components/query-state";
import { rocDate, rocDateTime } from "../../format/roc-date";
import { labelOf } from "../../labels";
import { CHILD_CARE_CATEGORY_LABELS, CHILD_CARE_STATUS_LABELS } from "../../labels/programme-b";
import { DeadlineBadges } from "../programme-b/deadline-badges";
import { CaseRequests } from "./case-requests";
import { CHILD_CARE_CASE } from "./child-care-documents";
import { NoticesAndMerges } from "./notices-and-merges";
import { RecordMatches } from "./record-matches";
import { VisitAndReview } from "./visit-and-review";

/** The categories a case came in (B1), each a badge in words: a case's reasons. */
export function CategoryBadges({ categories }: { categories: readonly string[] | null | undefined }) {
  return (
    <Group gap={4}>
      {(categories ?? []).map((category) => (
        <Badge key={category} variant="outline" color="dark" radius="sm" style={{ textTransform: "none" }}>
          {labelOf(CHILD_CARE_CATEGORY_LABELS, category)}
        </Badge>
      ))}
    </Group>
  );
}

/** One child-care case of the unit, everything the worker does on it in the order B3 and B9 set. */
export function ChildCareCaseDetail({ caseId, onChange }: { caseId: string; onChange: () => void }) {
  const query = useQuery(CHILD_CARE_CASE, { variables: { id: caseId }, fetchPolicy: "cache-and-network" });
  const reload = (): void => {
    void query.refetch();
    onChange();
  };
  return (
    <QueryState result={query} what="兒童關懷個案">
      {({ childCareCase: held }) =>
        held === null || held === undefined ? (
          <Text>查無此案，或已不在本單位。</Text>
        ) : (
          <Card withBorder component="section" aria-label={`兒童關懷個案：${held.childName ?? "—"}`}>
            <Stack gap="sm">
              <Title order={3} size="h5">
                {held.childName ?? "—"}（{labelOf(CHILD_CARE_STATUS_LABELS, held.status)}）
              </Title>
              <Text size="sm">
                身分證統一編號 {held.idNumber ?? "—"}，生日 {rocDate(held.birthDate)}，母親 {held.motherName ?? "—"}；本單位收案 {rocDateTime(held.receivedAt)}
              </Text>
              <CategoryBadges categories={held.categories} />
              {held.status === "OPEN" && <DeadlineBadges deadlines={held.deadlines} />}
              <Divider />
              <NoticesAndMerges held={held} onDone={reload} />
              <Divider />
              <RecordMatches key={(held.recordMatches ?? []).length} caseId={held.id} matches={held.recordMatches ?? []} onDone={reload} />
              <Divider />
              <CaseRequests held={held} onDone={reload} />
              <Divider />
              <VisitAndReview key={held.status ?? ""} held={held} onDone={reload} />
            </Stack>
          </Card>
        )
      }
    </QueryState>
  );
}
