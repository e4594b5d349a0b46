import { Alert, Button, Group, Title } from "@mantine/core";
import { useState } from "react";
import { loadSession } from "../../session";
import type { Period } from "./period-form";

const FORMATS: readonly { readonly format: string; readonly label: string }[] = [
  { format: "csv", label: "下載 CSV" },
  { format: "xlsx", label: "下載 Excel（xlsx）" },
  { format: "html", label: "下載網頁（HTML）" },
];

function fileNameOf(response: Response, fallback: string): string {
  return /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? fallback;
}

/**
 * The gateway's report download (issue #10, gateway/report-download.ts) with the session's token
 * in the Authorization header, never in the URL (a URL ends up in logs and history): fetched,
 * then handed to the browser as a file.
 */
export function ReportDownloads({ period }: { period: Period }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (format: string): Promise<void> => {
    const session = loadSession();
    if (session === null) {
      setError("請重新登入");
      return;
    }
    setBusy(format);
    setError(null);
    try {
      const query = new URLSearchParams({ from: period.from, to: period.to, format });
      const response = await fetch(`/reports/care-statistics?${query.toString()}`, {
        headers: { authorization: `Bearer ${session.token}`, "x-purpose": encodeURIComponent(session.purpose) },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] };
        setError(body.errors?.[0]?.message ?? `下載失敗（${response.status}）`);
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameOf(response, `care-statistics.${format}`);
      link.click();
      // The browser has taken the file once the click is handled; the blob need not outlive it.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch {
      setError("無法連線到閘道（gateway）");
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="downloads-title">
      <Title order={3} size="h5" id="downloads-title">
        匯出報表
      </Title>
      <Group>
        {FORMATS.map((choice) => (
          <Button key={choice.format} variant="default" loading={busy === choice.format} onClick={() => void download(choice.format)}>
            {choice.label}
          </Button>
        ))}
      </Group>
      {error === null ? null : (
        <Alert color="red" variant="filled" role="alert" title="無法下載報表" mt="sm">
          {error}
        </Alert>
      )}
    </section>
  );
}
