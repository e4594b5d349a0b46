import { z } from "zod";

/** A form's date as RocDateField holds it (ISO, empty until chosen), with the words the user reads when it is missing. */
export function isoDate(missing: string) {
  return z.string().regex(/^\d{4}-\d{2}-\d{2}$/, missing);
}
