import { Badge, Group, Text } from "@mantine/core";
import { DeadlineBadge } from "../district/deadline-badge";

interface DeadlineLike {
  readonly step?: string | null;
  readonly dueAt?: string | null;
  readonly state?: string | null;
}

/** Every statutory step of a programme B row (D9), each in colour and words as the district inbox shows them. */
export function DeadlineBadges({ deadlines }: { deadlines: readonly DeadlineLike[] | null | undefined }) {
  const steps = [...new Set((deadlines ?? []).map((deadline) => deadline.step).filter((step): step is string => typeof step === "string"))];
  if (steps.length === 0) {
    return <Text>無期限</Text>;
  }
  return (
    <Group gap={4}>
      {steps.map((step) => (
        <DeadlineBadge key={step} deadlines={deadlines} step={step} />
      ))}
    </Group>
  );
}

/** A row's status in colour and words (never colour alone). */
export function StatusBadge({ shown }: { shown: { readonly label: string; readonly color: string } }) {
  return (
    <Badge color={shown.color} variant="filled" radius="sm" style={{ textTransform: "none" }}>
      {shown.label}
    </Badge>
  );
}
