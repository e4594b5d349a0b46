/**
 * RFC 4180 CSV as the outside senders write it (docs/feeds/): UTF-8 (a BOM is dropped), a header
 * line, fields quoted with `"` when they hold a comma, a quote or a line break, CRLF or LF.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = (): void => {
    record.push(field);
    field = "";
    // A blank line (e.g. the file's last newline) is no record.
    if (!(record.length === 1 && record[0] === "")) {
      records.push(record);
    }
    record = [];
  };
  for (; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 1;
        } else {
          quoted = false;
        }
      } else {
        field += char;
      }
    } else if (char === '"' && field === "") {
      quoted = true;
    } else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\n") {
      endRecord();
    } else if (char !== "\r") {
      field += char;
    }
  }
  if (field !== "" || record.length > 0) {
    endRecord();
  }
  return records;
}

/** One field for a CSV line: quoted only when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
