import { Badge, Group, Table, Text } from "@mantine/core";
import { DENIED_TEXT, MASKED_TEXT, NO_DATA_TEXT, UNAVAILABLE_TEXT } from "../../labels/oversight";
import { fieldState, FieldState, Path, Problems } from "./field-state";

export interface FieldRow {
  readonly label: string;
  readonly path: Path;
  readonly value: string | number | boolean | null | undefined;
  /** An enum's words (洽公項目, 狀態); applied only to a value the role may read. */
  readonly format?: (value: string) => string;
}

/** Words and a badge both: a denied or masked field must not depend on telling colours apart. */
export function StateText({ state }: { state: FieldState }) {
  switch (state.kind) {
    case "value":
      return <Text span>{state.text}</Text>;
    case "masked":
      return (
        <Group gap={6} component="span">
          <Text span>{state.text}</Text>
          <Badge color="yellow" variant="filled" radius="sm">
            {MASKED_TEXT}
          </Badge>
        </Group>
      );
    case "denied":
      return (
        <Badge color="gray" variant="filled" radius="sm">
          {DENIED_TEXT}
        </Badge>
      );
    case "unavailable":
      return (
        <Badge color="red" variant="filled" radius="sm">
          {UNAVAILABLE_TEXT}
        </Badge>
      );
    case "none":
      return <Text span>{NO_DATA_TEXT}</Text>;
  }
}

/** One object's fields as label–value rows, each in the state the gateway answered it. */
export function FieldRows({ label, rows, problems }: { label: string; rows: readonly FieldRow[]; problems: Problems }) {
  return (
    <Table withTableBorder aria-label={label} layout="fixed">
      <Table.Tbody>
        {rows.map((row) => {
          const state = fieldState(problems, row.path, row.value);
          const shown = state.kind === "value" && row.format !== undefined ? { kind: "value" as const, text: row.format(state.text) } : state;
          return (
            <Table.Tr key={row.label}>
              <Table.Th scope="row" w={180}>
                {row.label}
              </Table.Th>
              <Table.Td>
                <StateText state={shown} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
