import { useQuery } from "@apollo/client/react";
import { Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { districtByCode } from "../../../../shared/domain/districts";
import { QueryState } from "../../components/query-state";
import { rocDate } from "../../format/roc-date";
import type { ChildCareExclusionReason } from "../../gql/graphql";
import { labelOf } from "../../labels";
import { CHILD_CARE_CATEGORY_LABELS, EXCLUSION_REASON_LABELS, SENDER_LABELS } from "../../labels/programme-b";
import { HeaderRow } from "../programme-b/form-fields";
import { optionsOf } from "../programme-b/option-list";
import { CHILD_CARE_EXCLUSIONS } from "./child-care-documents";

/**
 * B2–B6, R7 (issue #12): the notices screened out before any unit saw them — each with its reason,
 * never silent — and how many per reason. No personal data: the category, the dates and the district.
 */
export function ChildCareExclusions() {
  const [reason, setReason] = useState<ChildCareExclusionReason | null>(null);
  const query = useQuery(CHILD_CARE_EXCLUSIONS, { variables: { reason }, fetchPolicy: "cache-and-network" });
  return (
    <Stack>
      <Title order={2} size="h4">
        篩除名單
      </Title>
      <QueryState result={query} what="篩除名單">
        {(data) => (
          <>
            <Group gap="lg" aria-label="各篩除原因件數">
              {(data.childCareExclusionCounts ?? []).map((count) => (
                <Text key={count.reason ?? "none"} size="sm">
                  {labelOf(EXCLUSION_REASON_LABELS, count.reason)}：{count.count ?? 0} 件
                </Text>
              ))}
            </Group>
            <Select label="篩除原因" placeholder="全部" data={optionsOf(EXCLUSION_REASON_LABELS)} value={reason} onChange={(value) => setReason(value as ChildCareExclusionReason | null)} clearable w={260} />
            {(data.childCareExclusions ?? []).length === 0 ? (
              <Text>沒有篩除的通報。</Text>
            ) : (
              <Table striped aria-label="篩除之通報">
                <HeaderRow columns={["類別", "篩除原因", "通報機關", "戶籍區", "通報日期", "篩選日期"]} />
                <Table.Tbody>
                  {(data.childCareExclusions ?? []).map((exclusion) => (
                    <Table.Tr key={exclusion.id}>
                      <Table.Td>{labelOf(CHILD_CARE_CATEGORY_LABELS, exclusion.category)}</Table.Td>
                      <Table.Td>{labelOf(EXCLUSION_REASON_LABELS, exclusion.reason)}</Table.Td>
                      <Table.Td>{labelOf(SENDER_LABELS, exclusion.senderService)}</Table.Td>
                      <Table.Td>{districtByCode(exclusion.householdDistrictCode ?? "")?.name ?? exclusion.householdDistrictCode ?? "—"}</Table.Td>
                      <Table.Td>{rocDate(exclusion.noticedOn)}</Table.Td>
                      <Table.Td>{rocDate(exclusion.screenedOn)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
