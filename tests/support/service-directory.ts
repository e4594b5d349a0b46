import { TAIPEI_DIRECTORY } from "../../subgraphs/civil-affairs/directory/data/taipei";
import { TestPlatform } from "./platform";

/**
 * Issue #9, C1: the district's visit-form boxes exist once 民政局 has handed its Taipei directory over
 * (the distribution job queues the shipped version, the outbox delivers it, D3). For a test that
 * files a visit record or refers a case against the boxes in force: run it once after start.
 */
export async function deliverServiceDirectory(platform: TestPlatform): Promise<void> {
  await platform.runJob("civil-affairs", "directory-distribution");
  await platform.runJob("civil-affairs", "outbox-dispatch");
}

/**
 * Taipei's shipped directory as a publication input, with 社會局's number set (the change a new
 * version brings) and, optionally, the visit form's boxes kept to those `keepBox` accepts.
 */
export function taipeiInput(versionDate: string, socialPhone: string, keepBox: (code: string) => boolean = () => true) {
  return {
    city: "taipei",
    versionDate,
    agencies: TAIPEI_DIRECTORY.agencies.map((agency) => ({
      code: agency.code,
      name: agency.name,
      level: agency.level,
      phone: agency.code === "taipei.social-bureau" ? socialPhone : agency.phone,
      units: agency.units.map((unit) => ({ code: unit.code, name: unit.name, phone: unit.phone, count: unit.count, tasks: [...unit.tasks] })),
    })),
    categories: TAIPEI_DIRECTORY.categories.map((category) => ({ ...category })),
    duties: TAIPEI_DIRECTORY.duties.map((duty) => ({ agencyCode: duty.agency, categoryCode: duty.category, itemNumber: duty.itemNumber, text: duty.text })),
    visitFormBoxes: TAIPEI_DIRECTORY.visitFormBoxes
      .filter((box) => keepBox(box.code))
      .map((box) => ({
        code: box.code, label: box.label, order: box.order, kind: box.kind, agencyCode: box.agency, unitCode: box.unit, description: box.description, printedOnForm: box.printedOnForm, needs: [...box.needs],
      })),
  };
}
