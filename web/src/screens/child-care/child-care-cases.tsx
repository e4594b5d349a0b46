import { useQuery } from "@apollo/client/react";
import { Button, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { QueryState } from "../../components/query-state";
import { rocDate, rocDateTime } from "../../format/roc-date";
import { labelOf } from "../../labels";
import { CHILD_CARE_STATUS_LABELS } from "../../labels/programme-b";
import { DeadlineBadges } from "../programme-b/deadline-badges";
import { HeaderRow } from "../programme-b/form-fields";
import { CategoryBadges, ChildCareCaseDetail } from "./child-care-case-detail";
import { CHILD_CARE_CASES } from "./child-care-documents";

/**
 * 社工 (issue #12, B9): the unit's child-care cases, oldest received first, with their reasons and
 * the 10-day visit and 30-day report deadlines; a case opens below for the work.
 */
export function ChildCareCases() {
  const query = useQuery(CHILD_CARE_CASES, { fetchPolicy: "cache-and-network" });
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <Stack>
      <Title order={2} size="h4">
        六歲以下兒童關懷個案
      </Title>
      <QueryState result={query} what="兒童關懷個案" empty={{ when: (data) => (data.childCareCases ?? []).length === 0, text: "本單位目前沒有兒童關懷個案。" }}>
        {(data) => (
          <Table striped highlightOnHover aria-label="兒童關懷個案">
            <HeaderRow columns={["兒童", "列案原因", "狀態", "期限", "收案時間", "操作"]} />
            <Table.Tbody>
              {(data.childCareCases ?? []).map((held) => (
                <Table.Tr key={held.id}>
                  <Table.Td>
                    {held.childName ?? "—"}（{rocDate(held.birthDate)}）
                  </Table.Td>
                  <Table.Td>
                    <CategoryBadges categories={held.categories} />
                  </Table.Td>
                  <Table.Td>{labelOf(CHILD_CARE_STATUS_LABELS, held.status)}</Table.Td>
                  <Table.Td>{held.status === "OPEN" ? <DeadlineBadges deadlines={held.deadlines} /> : "—"}</Table.Td>
                  <Table.Td>{rocDateTime(held.receivedAt)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" onClick={() => setChosen(held.id)} aria-label={`開啟 ${held.childName ?? "個案"}`}>
                      開啟
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      {chosen === null ? <Text size="sm">選擇一案以比對資料、請求追蹤或協尋、訪視及結案。</Text> : <ChildCareCaseDetail key={chosen} caseId={chosen} onChange={() => void query.refetch()} />}
    </Stack>
  );
}
