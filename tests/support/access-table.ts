import { readFileSync } from "fs";
import { join } from "path";
import { Role } from "../../shared/auth/roles";

/**
 * The committed grant table of an agency (subgraphs/<agency>/ACCESS.md, issue #7), read back from
 * the file reviewers approved — not from the policy objects — so the matrix test checks the running
 * platform against what was reviewed (STYLE habit 11). A cell the file does not have throws: a
 * missing row fails the test instead of defaulting.
 */
export interface FieldGrant {
  readonly access: "allow" | "mask" | "deny";
  /** The mask kind of a "mask" cell (`mask (name)` → "name"). */
  readonly mask?: string;
}

export interface WriteRow {
  readonly target: string;
  readonly actingOrg: string;
  readonly ownRows: string;
}

export interface AccessTable {
  mayCall(operation: string, role: Role): boolean;
  field(typeName: string, fieldName: string, role: Role): FieldGrant;
  /** The fields the file marks personal, in its order. */
  personalFields(typeName: string): string[];
  rowScope(typeName: string, role: Role): string | undefined;
  /** The operations the file lists (Query.x, Mutation.y). */
  operations(): string[];
  /** The types with a field table, and a type's fields. */
  types(): string[];
  fields(typeName: string): string[];
  /** The row-scoped types the file lists. */
  scopedTypes(): string[];
  /** Mutation → its write declaration as rendered. */
  readonly writes: ReadonlyMap<string, WriteRow>;
}

const DENIED = "—";

type Rows = Map<string, Map<string, string>>;

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, "|"));
}

/** Every table of the file under its heading: first column → column header → cell. */
function tablesOf(text: string): Map<string, Rows> {
  const tables = new Map<string, Rows>();
  const lines = text.split("\n");
  let heading = "";
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (line.startsWith("#")) {
      heading = line.replace(/^#+\s*/, "").split(" ")[0];
      continue;
    }
    if (!line.startsWith("|") || !(lines[index + 1] ?? "").startsWith("| ---")) {
      continue;
    }
    const header = cellsOf(line);
    const rows: Rows = new Map();
    index += 2;
    while (index < lines.length && lines[index].startsWith("|")) {
      const cells = cellsOf(lines[index]);
      rows.set(cells[0], new Map(header.map((column, position) => [column, cells[position] ?? ""])));
      index += 1;
    }
    tables.set(heading, rows);
  }
  return tables;
}

function cellOf(tables: Map<string, Rows>, table: string, rowKey: string, column: string, agency: string): string {
  const value = tables.get(table)?.get(rowKey)?.get(column);
  if (value === undefined) {
    throw new Error(`${agency}/ACCESS.md has no cell ${table} › ${rowKey} › ${column}`);
  }
  return value;
}

export function accessTablePath(agency: string): string {
  return join(__dirname, "..", "..", "subgraphs", agency, "ACCESS.md");
}

export function readAccessTable(agency: string): AccessTable {
  const tables = tablesOf(readFileSync(accessTablePath(agency), "utf8"));
  const writes = new Map<string, WriteRow>();
  for (const [mutation, cells] of tables.get("Writes") ?? new Map<string, Map<string, string>>()) {
    writes.set(mutation, {
      target: cells.get("target") ?? "",
      actingOrg: cells.get("acting organisation") ?? "",
      ownRows: cells.get("own rows (why that is safe)") ?? "",
    });
  }
  return {
    mayCall: (operation, role) => cellOf(tables, "Operations", operation, role, agency) === "allow",
    field: (typeName, fieldName, role) => {
      const value = cellOf(tables, typeName, fieldName, role, agency);
      if (value === "allow") {
        return { access: "allow" };
      }
      if (value === DENIED) {
        return { access: "deny" };
      }
      const mask = /^mask \(([A-Za-z]+)\)$/.exec(value);
      if (mask === null) {
        throw new Error(`${agency}/ACCESS.md: unreadable cell ${typeName}.${fieldName} › ${role}: ${value}`);
      }
      return { access: "mask", mask: mask[1] };
    },
    personalFields: (typeName) =>
      [...(tables.get(typeName) ?? new Map<string, Map<string, string>>())].filter(([, cells]) => cells.get("data") === "personal").map(([field]) => field),
    rowScope: (typeName, role) => {
      const value = cellOf(tables, "Row", typeName, role, agency);
      return value === DENIED ? undefined : value;
    },
    operations: () => [...(tables.get("Operations")?.keys() ?? [])],
    types: () => [...tables.keys()].filter((heading) => !["Operations", "Row", "Writes"].includes(heading)),
    fields: (typeName) => [...(tables.get(typeName)?.keys() ?? [])],
    scopedTypes: () => [...(tables.get("Row")?.keys() ?? [])],
    writes,
  };
}
