import DataLoader from "dataloader";
import { findDistrict } from "../domain/districts";
import { isUuid } from "../graphql/ids";

/**
 * Helpers for write guards (policy.ts): load a mutation's target through a scoped loader, and
 * read the district a sender acts for. A malformed ID loads nothing, so the resolver answers it
 * with BAD_USER_INPUT.
 */
export function loadTarget<Row>(loader: DataLoader<string, Row | null>, id: unknown): Promise<Row | null> {
  return typeof id === "string" && isUuid(id) ? loader.load(id.toLowerCase()) : Promise.resolve(null);
}

/** The district code named by a code, slug or name; a name no district has matches no caller. */
export function districtNamed(value: unknown): string | undefined {
  return typeof value === "string" ? (findDistrict(value)?.code ?? `unknown:${value}`) : undefined;
}
