import { quotedSchema } from "../../../shared/audit/table";

/** The directory's tables in 民政局's schema (D1), quoted once so every module builds its SQL from here. */
export function directoryTablesOf(schema: string) {
  const s = quotedSchema(schema);
  return {
    versions: `${s}."directory_versions"`,
    agencies: `${s}."directory_agencies"`,
    units: `${s}."directory_units"`,
    categories: `${s}."directory_categories"`,
    duties: `${s}."directory_duties"`,
    boxes: `${s}."directory_visit_form_boxes"`,
  };
}

export type DirectoryTables = ReturnType<typeof directoryTablesOf>;
