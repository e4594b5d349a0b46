import { Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { nextCursorOf, type PagedView } from "./paging";

/**
 * Under a paged list (issue #11): how many of how many are shown, and 顯示更多 while the server has
 * another page; the click fetches it after the last cursor (`onMore`) and the list grows in place.
 */
export function MoreRows({ page, shown, what, onMore }: { page: PagedView | null | undefined; shown: number; what: string; onMore: (after: string) => Promise<unknown> }) {
  const [loading, setLoading] = useState(false);
  const after = nextCursorOf(page);
  const more = async (cursor: string): Promise<void> => {
    setLoading(true);
    try {
      await onMore(cursor);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Group gap="sm" role="group" aria-label={`${what}分頁`}>
      <Text size="sm">
        已顯示 {shown} 件，共 {page?.totalCount ?? shown} 件
      </Text>
      {after !== null && (
        <Button variant="default" size="xs" loading={loading} onClick={() => void more(after)}>
          顯示更多{what}
        </Button>
      )}
    </Group>
  );
}
