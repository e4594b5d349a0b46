import { readdir, readFile } from "fs/promises";
import { join } from "path";
import { parseCsv } from "./csv";
import type { FeedSource, SourcePage, Watermark } from "./definition";

/** A data line of a delivered file, by its header's names; `fields` is null when the line has the wrong number of fields. */
export interface CsvRow {
  readonly file: string;
  /** The data line's number in its file (1: the first line after the header). */
  readonly line: number;
  readonly fields: Readonly<Record<string, string>> | null;
}

/** A file source's watermark: the last file read from, how many of its data lines are taken, and how many it has. */
export interface FileWatermark {
  readonly file: string;
  readonly row: number;
  /** The file's data lines: a file read to its end is not parsed again (a delivered file never changes, docs/feeds/). */
  readonly of?: number;
}

function fileWatermarkOf(watermark: Watermark | null): FileWatermark | null {
  if (watermark === null) {
    return null;
  }
  const { file, row, of } = watermark;
  if (typeof file !== "string" || typeof row !== "number" || (of !== undefined && typeof of !== "number")) {
    throw new Error("A file feed's watermark is { file, row, of }");
  }
  return { file, row, of };
}

function rowsOf(file: string, text: string): CsvRow[] {
  const [header, ...lines] = parseCsv(text);
  if (header === undefined) {
    return [];
  }
  return lines.map((values, index) => ({
    file,
    line: index + 1,
    fields: values.length === header.length ? Object.fromEntries(header.map((name, column) => [name.trim(), values[column]])) : null,
  }));
}

/** A directory that is not there is the operator's setting, not a sender's row: the run fails with a code that says so. */
async function listDirectory(directory: string): Promise<string[]> {
  try {
    return await readdir(directory);
  } catch {
    throw Object.assign(new Error("feed directory unreadable"), { code: "SOURCE_UNAVAILABLE" });
  }
}

/**
 * The deliveries of an outside sender (docs/feeds/): one CSV file per delivery in the feed's
 * directory, read in name order (senders name them by date, e.g. cdc-overdue-20261201.csv); the
 * watermark is (file, row). A file is parsed once per run (the run's pages read it from memory).
 */
export function csvDirectorySource(directory: string): FeedSource<CsvRow> {
  const parsed = new Map<string, CsvRow[]>();
  const rowsOfFile = async (file: string): Promise<CsvRow[]> => {
    let rows = parsed.get(file);
    if (rows === undefined) {
      rows = rowsOf(file, await readFile(join(directory, file), "utf8"));
      parsed.set(file, rows);
    }
    return rows;
  };
  return {
    read: async (after, limit): Promise<SourcePage<CsvRow>> => {
      const mark = fileWatermarkOf(after);
      const files = (await listDirectory(directory)).filter((name) => name.endsWith(".csv") && (mark === null || name >= mark.file)).sort();
      const page: { row: CsvRow; after: Watermark }[] = [];
      let remaining = 0;
      for (const file of files) {
        if (mark !== null && file === mark.file && mark.of === mark.row) {
          // Read to its end by an earlier run: the next run costs a directory listing, not a parse.
          continue;
        }
        const rows = await rowsOfFile(file);
        const start = mark !== null && file === mark.file ? mark.row : 0;
        remaining += Math.max(0, rows.length - start);
        for (let index = start; index < rows.length && page.length < limit; index += 1) {
          page.push({ row: rows[index], after: { file, row: index + 1, of: rows.length } });
        }
      }
      return { rows: page, remaining };
    },
  };
}
