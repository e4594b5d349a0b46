import { useMutation } from "@apollo/client/react";
import { Button, Stack, Table, Title } from "@mantine/core";
import { rocDate, rocDateTime } from "../../format/roc-date";
import type { ConsoleChildCareCaseQuery } from "../../gql/graphql";
import { labelOf } from "../../labels";
import { CHILD_CARE_CATEGORY_LABELS, CHILD_CARE_MATCH_LABELS, SENDER_LABELS } from "../../labels/programme-b";
import { ServerError } from "../district/server-error";
import { HeaderRow } from "../programme-b/form-fields";
import { useWrite } from "../programme-b/use-write";
import { UNDO_MERGE } from "./child-care-documents";

type HeldCase = NonNullable<ConsoleChildCareCaseQuery["childCareCase"]>;

/**
 * One child, one case (issue #12): every notice the case holds, and each merge with what it matched
 * on; a merge the worker finds wrong is undone, the notice leaving as a case of its own.
 */
export function NoticesAndMerges({ held, onDone }: { held: HeldCase; onDone: () => void }) {
  const [undo, { loading }] = useMutation(UNDO_MERGE);
  const { problem, run } = useWrite(onDone);
  const categoryOf = new Map((held.notices ?? []).map((notice) => [notice.id, notice.category]));
  const merges = held.merges ?? [];
  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        通報來源
      </Title>
      <Table striped aria-label="通報來源">
        <HeaderRow columns={["類別", "通報機關", "通報日期"]} />
        <Table.Tbody>
          {(held.notices ?? []).map((notice) => (
            <Table.Tr key={notice.id}>
              <Table.Td>{labelOf(CHILD_CARE_CATEGORY_LABELS, notice.category)}</Table.Td>
              <Table.Td>{labelOf(SENDER_LABELS, notice.senderService)}</Table.Td>
              <Table.Td>{rocDate(notice.noticedOn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {merges.length > 0 && (
        <>
          <Title order={4} size="h6">
            合併紀錄（一童一案）
          </Title>
          <Table striped aria-label="合併紀錄">
            <HeaderRow columns={["併入之通報", "比對依據", "合併時間", "操作"]} />
            <Table.Tbody>
              {merges.map((merge) => (
                <Table.Tr key={merge.id}>
                  <Table.Td>{labelOf(CHILD_CARE_CATEGORY_LABELS, categoryOf.get(merge.noticeId ?? "") ?? null)}</Table.Td>
                  <Table.Td>{labelOf(CHILD_CARE_MATCH_LABELS, merge.matchedOn)}</Table.Td>
                  <Table.Td>{rocDateTime(merge.mergedAt)}</Table.Td>
                  <Table.Td>
                    {merge.undoneAt === null || merge.undoneAt === undefined ? (
                      <Button size="xs" variant="default" color="red" loading={loading} onClick={() => void run(() => undo({ variables: { mergeId: merge.id } }))}>
                        取消合併
                      </Button>
                    ) : (
                      `已於 ${rocDateTime(merge.undoneAt)} 取消合併，另立新案`
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <ServerError problem={problem} />
    </Stack>
  );
}
