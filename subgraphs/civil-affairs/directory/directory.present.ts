import type { StoredVersion } from "./directory.store";
import { DirectoryAgencyView, DirectoryCategoryView, DirectoryDutyView, ServiceDirectoryView } from "./directory.type";
import { ServiceDirectoryData } from "./directory.types";

/**
 * One version as the GraphQL object graph: agencies with their categories and duties, categories
 * with their agencies (C1: many-to-many), built in memory from the five reads of loadVersion, so a
 * nested query costs no further statement.
 */
export function presentDirectory(stored: StoredVersion, directory: ServiceDirectoryData): ServiceDirectoryView {
  const duties: DirectoryDutyView[] = directory.duties.map((duty) => ({ agencyCode: duty.agency, categoryCode: duty.category, itemNumber: duty.itemNumber, text: duty.text }));
  const agencies = new Map<string, DirectoryAgencyView>(
    directory.agencies.map((agency) => [
      agency.code,
      {
        code: agency.code,
        city: agency.city,
        name: agency.name,
        level: agency.level,
        phone: agency.phone,
        units: agency.units.map((unit) => ({ ...unit, tasks: [...unit.tasks] })),
        categories: [],
        duties: duties.filter((duty) => duty.agencyCode === agency.code),
      },
    ]),
  );
  const categories = new Map<string, DirectoryCategoryView>(
    directory.categories.map((category) => [category.code, { code: category.code, name: category.name, agencies: [], duties: duties.filter((duty) => duty.categoryCode === category.code) }]),
  );
  // Each side in the order its duties print it: an agency's categories as its table lists them (C1).
  const unique = (codes: readonly string[]): string[] => [...new Set(codes)];
  for (const agency of agencies.values()) {
    agency.categories = unique(agency.duties.map((duty) => duty.categoryCode)).flatMap((code) => categories.get(code) ?? []);
  }
  for (const category of categories.values()) {
    category.agencies = unique(category.duties.map((duty) => duty.agencyCode)).flatMap((code) => agencies.get(code) ?? []);
  }
  return {
    city: stored.city,
    versionDate: stored.versionDate,
    printedVersion: stored.printedVersion,
    publishedAt: stored.publishedAt,
    agencies: [...agencies.values()],
    categories: [...categories.values()],
    visitFormBoxes: [...directory.visitFormBoxes]
      .sort((a, b) => a.order - b.order)
      .map((box) => ({ code: box.code, label: box.label, order: box.order, kind: box.kind, agencyCode: box.agency, unitCode: box.unit, description: box.description, printedOnForm: box.printedOnForm, needs: [...box.needs] })),
  };
}
