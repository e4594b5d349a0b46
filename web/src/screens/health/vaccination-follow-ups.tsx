import { useQuery } from "@apollo/client/react";
import { Button, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { QueryState } from "../../components/query-state";
import { rocDate } from "../../format/roc-date";
import { labelOf } from "../../labels";
import { VACCINATION_STATUS_LABELS } from "../../labels/programme-b";
import { DeadlineBadges } from "../programme-b/deadline-badges";
import { HeaderRow } from "../programme-b/form-fields";
import { FollowUpDetail } from "./follow-up-detail";
import { VACCINATION_FOLLOW_UPS } from "./vaccination-documents";

/**
 * 公衛護士 (issue #12, B4): the centre's children the CDC lists as overdue, with the 6-month
 * catch-up's deadline; the nurse records each reminder, the outcome, and refers to social on (a)–(d).
 */
export function VaccinationFollowUps() {
  const query = useQuery(VACCINATION_FOLLOW_UPS, { fetchPolicy: "cache-and-network" });
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <Stack>
      <Title order={2} size="h4">
        未按時預防接種催種（B4）
      </Title>
      <QueryState result={query} what="催種個案" empty={{ when: (data) => (data.vaccinationFollowUps ?? []).length === 0, text: "目前沒有催種個案。" }}>
        {(data) => {
          const followUps = data.vaccinationFollowUps ?? [];
          const shown = followUps.find((followUp) => followUp.id === chosen);
          return (
            <>
              <Table striped highlightOnHover aria-label="催種個案">
                <HeaderRow columns={["兒童", "狀態", "催種期限", "提醒（6個月內／雙向）", "催種期間", "操作"]} />
                <Table.Tbody>
                  {followUps.map((followUp) => (
                    <Table.Tr key={followUp.id}>
                      <Table.Td>{followUp.name ?? "—"}</Table.Td>
                      <Table.Td>{labelOf(VACCINATION_STATUS_LABELS, followUp.status)}</Table.Td>
                      <Table.Td>{followUp.status === "OPEN" ? <DeadlineBadges deadlines={followUp.deadlines} /> : "—"}</Table.Td>
                      <Table.Td>
                        {followUp.catchUpRule?.remindersInWindow ?? 0} 次／{followUp.catchUpRule?.twoWayContacts ?? 0} 次
                      </Table.Td>
                      <Table.Td>
                        {rocDate(followUp.windowStart)}–{rocDate(followUp.windowEnd)}
                      </Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="default" onClick={() => setChosen(followUp.id)} aria-label={`處理 ${followUp.name ?? "催種個案"}`}>
                          處理
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {shown === undefined ? <Text size="sm">選擇一位兒童以記錄提醒、結果或轉介。</Text> : <FollowUpDetail followUp={shown} onChange={() => void query.refetch()} />}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
