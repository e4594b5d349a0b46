import { useQuery } from "@apollo/client/react";
import { Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { Role } from "../../../../shared/auth/roles";
import { QueryError } from "../../components/query-state";
import { rocDateTime } from "../../format/roc-date";
import type { AuditFilter, ConsoleAuditEntryFragment } from "../../gql/graphql";
import { AGENCY_LABELS } from "../../labels/oversight";
import { ROLE_LABELS } from "../../roles";
import { AuditFilterForm } from "./audit-filter-form";
import { CONSOLE_AUDIT_LOG } from "./audit-log.query";

/** The agencies' logs as one list, newest first (each log is already; together they interleave). */
function merged(data: Record<string, unknown> | undefined): ConsoleAuditEntryFragment[] {
  const logs = Object.values(data ?? {}).filter(Array.isArray) as ConsoleAuditEntryFragment[][];
  return logs.flat().sort((a, b) => (b.readAt ?? "").localeCompare(a.readAt ?? ""));
}

/**
 * 稽核 (issue #11, PDPA enforcement rules art. 12): who read a person's data, or everything one
 * user read in a period, across every agency's record of use. Names fields, never their values.
 */
export function AuditScreen() {
  const [filter, setFilter] = useState<AuditFilter | null>(null);
  const { data, loading, error } = useQuery(CONSOLE_AUDIT_LOG, {
    variables: { filter: filter ?? {} },
    skip: filter === null,
    fetchPolicy: "network-only",
    errorPolicy: "all",
  });
  const entries = merged(data);
  return (
    <Stack>
      <Title order={2} size="h4">
        個資使用稽核
      </Title>
      <AuditFilterForm onSearch={setFilter} />
      {loading ? <Loader aria-label="載入中" /> : null}
      {/* errorPolicy all: the agencies that answered are listed, the alert says the others failed and why. */}
      {error !== undefined ? <QueryError what="部分機關的紀錄" error={error} /> : null}
      {filter === null || loading ? null : entries.length === 0 ? (
        <Text>查無使用紀錄。</Text>
      ) : (
        <Table striped withTableBorder aria-label="個資使用紀錄" style={{ wordBreak: "keep-all" }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={{ whiteSpace: "nowrap" }}>讀取時間</Table.Th>
              <Table.Th scope="col" style={{ whiteSpace: "nowrap" }}>資料所屬機關</Table.Th>
              <Table.Th scope="col" style={{ whiteSpace: "nowrap" }}>使用者</Table.Th>
              <Table.Th scope="col" style={{ whiteSpace: "nowrap" }}>角色（單位）</Table.Th>
              <Table.Th scope="col" style={{ whiteSpace: "nowrap" }}>個案識別碼</Table.Th>
              <Table.Th scope="col" style={{ whiteSpace: "nowrap" }}>資料</Table.Th>
              <Table.Th scope="col" style={{ whiteSpace: "nowrap" }}>欄位</Table.Th>
              <Table.Th scope="col" style={{ whiteSpace: "nowrap" }}>操作（識別碼）</Table.Th>
              <Table.Th scope="col" style={{ whiteSpace: "nowrap" }}>目的</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={`${entry.agency ?? ""}-${entry.id}`}>
                <Table.Td>{rocDateTime(entry.readAt)}</Table.Td>
                <Table.Td>{AGENCY_LABELS[entry.agency ?? ""] ?? entry.agency}</Table.Td>
                <Table.Td>{entry.subject}</Table.Td>
                <Table.Td>
                  {ROLE_LABELS[entry.role as Role] ?? entry.role}（{entry.org}）
                </Table.Td>
                <Table.Td>{entry.personId ?? "—"}</Table.Td>
                <Table.Td>{entry.entityType}</Table.Td>
                <Table.Td>{(entry.fields ?? []).join("、")}</Table.Td>
                <Table.Td>
                  {entry.operationName ?? "—"}
                  {entry.operationId === null || entry.operationId === undefined ? null : (
                    // The trusted document's id, shortened as git shortens a hash; the full id is its title.
                    <Text span size="xs" display="block" title={entry.operationId}>
                      sha256:{entry.operationId.slice(0, 12)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{entry.purpose ?? "未填"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
