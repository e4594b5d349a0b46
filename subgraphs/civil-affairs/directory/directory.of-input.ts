import { PublishServiceDirectoryInput } from "./directory.input";
import { City, ServiceDirectoryData } from "./directory.types";

/** The GraphQL input as the directory's data shape (absent lists and values as empty and null), before checkedDirectory. */
export function directoryOfInput(input: PublishServiceDirectoryInput): ServiceDirectoryData {
  // Any text: checkedDirectory refuses a city the platform does not know before anything is used.
  const city = input.city.trim() as City;
  return {
    version: { city: city, versionDate: input.versionDate, printedVersion: input.printedVersion ?? null },
    agencies: input.agencies.map((agency) => ({
      code: agency.code.trim(),
      city: city,
      name: agency.name,
      level: agency.level,
      phone: agency.phone ?? null,
      units: (agency.units ?? []).map((unit) => ({ code: unit.code.trim(), name: unit.name, phone: unit.phone ?? null, count: unit.count ?? null, tasks: unit.tasks ?? [] })),
    })),
    categories: input.categories.map((category) => ({ code: category.code.trim(), name: category.name })),
    duties: input.duties.map((duty) => ({ agency: duty.agencyCode.trim(), category: duty.categoryCode.trim(), itemNumber: duty.itemNumber ?? null, text: duty.text })),
    visitFormBoxes: (input.visitFormBoxes ?? []).map((box) => ({
      code: box.code.trim(),
      label: box.label,
      order: box.order,
      kind: box.kind,
      agency: box.agencyCode?.trim() ?? null,
      unit: box.unitCode?.trim() ?? null,
      description: box.description,
      printedOnForm: box.printedOnForm,
      needs: box.needs ?? [],
    })),
  };
}
