import DataLoader from "dataloader";
import { findDistrict } from "../domain/districts";
import { badUserInput } from "../errors";
import { isUuid } from "../graphql/ids";

/**
 * Helpers for write declarations (policy.ts): load a mutation's target through a scoped loader, and
 * read the district a sender acts for.
 */
export function loadTarget<Row>(loader: DataLoader<string, Row | null>, id: unknown, field: string): Promise<Row | null> {
  if (typeof id !== "string" || !isUuid(id)) {
    // Decided before any write: a malformed key is the caller's mistake, not a missing row.
    return Promise.reject(badUserInput(`${field} must be an ID (UUID)`, field));
  }
  return loader.load(id.toLowerCase());
}

/** The district code named by a code, slug or name; a name no district has matches no caller. */
export function districtNamed(value: unknown): string | undefined {
  return typeof value === "string" ? (findDistrict(value)?.code ?? `unknown:${value}`) : undefined;
}
