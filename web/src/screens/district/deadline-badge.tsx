import { Badge } from "@mantine/core";
import { rocDateTime } from "../../format/roc-date";
import { INBOX_STATE_LABELS } from "../../labels";
import { MET_DEADLINE_LABELS, STEP_SHORT_LABELS } from "../../labels/district";

interface DeadlineLike {
  readonly step?: string | null;
  readonly dueAt?: string | null;
  readonly state?: string | null;
}

/** An open step's deadline in words and colour both (never colour alone): 「訪視 即將到期 民國 116/06/16 12:00」. */
export function DeadlineBadge({ deadlines, step }: { deadlines: readonly DeadlineLike[] | null | undefined; step: string }) {
  const deadline = (deadlines ?? []).find((candidate) => candidate.step === step);
  if (deadline === undefined) {
    return null;
  }
  const shown = INBOX_STATE_LABELS[deadline.state ?? ""] ?? MET_DEADLINE_LABELS[deadline.state ?? ""] ?? { label: deadline.state ?? "—", color: "gray" };
  return (
    <Badge color={shown.color} variant="filled" radius="sm" style={{ textTransform: "none" }}>
      {STEP_SHORT_LABELS[step] ?? step} {shown.label} {rocDateTime(deadline.dueAt)}
    </Badge>
  );
}
