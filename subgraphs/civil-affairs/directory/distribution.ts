import type { EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { DISTRICT_DIRECTORY_CITY, RECEIVE_SERVICE_DIRECTORY } from "../../../shared/directory/intake";
import { enqueue } from "../../../shared/outbox/enqueue";
import { ServiceDirectoryData, VisitFormBox } from "./directory.types";

/** The box as the district needs it: whom a tick reaches and how to call them (the unit's phone, else the agency's). */
function boxNotice(directory: ServiceDirectoryData, box: VisitFormBox) {
  const agency = directory.agencies.find((candidate) => candidate.code === box.agency);
  const unit = agency?.units.find((candidate) => candidate.code === box.unit);
  return {
    code: box.code,
    label: box.label,
    order: box.order,
    kind: box.kind,
    agencyCode: box.agency,
    agencyName: unit === undefined ? (agency?.name ?? null) : `${agency?.name ?? ""}${unit.name}`,
    phone: unit?.phone ?? agency?.phone ?? null,
    description: box.description,
    printedOnForm: box.printedOnForm,
    needs: [...box.needs],
  };
}

/**
 * D3, issue #9: a version of the district's city goes to the district's intake through 民政局's
 * outbox, in the transaction that stores it, for the officer who published it. Other cities' versions
 * stay here: no district of theirs reads this platform's visit form.
 */
export async function distributeVersion(manager: EntityManager, directory: ServiceDirectoryData, actor: Principal, at: Date): Promise<void> {
  if (directory.version.city !== DISTRICT_DIRECTORY_CITY) {
    return;
  }
  await enqueue(
    manager,
    {
      kind: "service-directory",
      operation: RECEIVE_SERVICE_DIRECTORY,
      actor,
      variables: (clientKey) => ({
        input: { clientKey, city: directory.version.city, versionDate: directory.version.versionDate, boxes: directory.visitFormBoxes.map((box) => boxNotice(directory, box)) },
      }),
    },
    { now: at },
  );
}
