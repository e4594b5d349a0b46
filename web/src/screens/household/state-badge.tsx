import { Badge } from "@mantine/core";

/** A state in colour and in words both: it must not depend on telling colours apart (issue #11). */
export function StateBadge({ labels, state }: { labels: Readonly<Record<string, { readonly label: string; readonly color: string }>>; state: string | null | undefined }) {
  const shown = labels[state ?? ""] ?? { label: state ?? "—", color: "gray" };
  return (
    <Badge color={shown.color} variant="filled" radius="sm">
      {shown.label}
    </Badge>
  );
}
