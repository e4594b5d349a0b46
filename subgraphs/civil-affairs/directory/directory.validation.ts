import { badUserInput } from "../../../shared/errors";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { AgencyLevel, CITIES, City, DirectoryAgency, DirectoryUnit, ServiceDirectoryData, VisitFormBox, VisitFormBoxKind } from "./directory.types";

/**
 * What a published version must be (C1, issue #9): whole and self-consistent — unique codes, every
 * duty's agency and category and every box's agency and unit in the same version, agency codes under
 * the city. Checked before anything is written; errors name the field (`input.duties[3].agencyCode`).
 * The version date against the stored versions is the service's check (it needs the database).
 */
export const DIRECTORY_LIMITS = { agencies: 200, unitsPerAgency: 50, categories: 100, duties: 2000, boxes: 30, tasks: 20, needsPerBox: 20, agencyCode: 60, name: 100, text: 500 } as const;

/** `taipei.social-bureau`, `taipei.social-bureau.care-point-east`: lower-case slugs joined by dots. */
const CODE = /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/;
const BOX_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
/** As printed: digits and dashes, an extension after # (2420-1122#1632, 24331888#115). */
const PHONE = /^[0-9][0-9-]{2,19}(#[0-9]{1,6})?$/;
/** ROC year.month (112.7) or a date as printed. */
const PRINTED_VERSION = /^[0-9]{2,3}([./-][0-9]{1,2}){1,2}$/;

function checkedCode(value: string, field: string, pattern: RegExp = CODE): string {
  const code = requiredText(value, field, DIRECTORY_LIMITS.name);
  if (!pattern.test(code)) {
    throw badUserInput(`${field} must be a code like taipei.social-bureau`, field);
  }
  return code;
}

function checkedPhone(value: string | null | undefined, field: string): string | null {
  const phone = optionalText(value, field, 30);
  if (phone !== null && !PHONE.test(phone)) {
    throw badUserInput(`${field} must be digits and dashes, an extension after #`, field);
  }
  return phone;
}

function atMost(values: readonly unknown[], limit: number, field: string): void {
  if (values.length > limit) {
    throw badUserInput(`${field} may list at most ${limit}`, field);
  }
}

/** Adds a code to a version-wide set; a second use is the caller's mistake. */
function unique(seen: Set<string>, code: string, field: string): string {
  if (seen.has(code)) {
    throw badUserInput(`${field} is used twice in this version`, field);
  }
  seen.add(code);
  return code;
}

function checkedCity(value: string): City {
  const city = CITIES.find((candidate) => candidate === value);
  if (city === undefined) {
    throw badUserInput(`input.city must be one of ${CITIES.join(", ")}`, "input.city");
  }
  return city;
}

function checkedUnit(unit: DirectoryUnit, agency: string, field: string, codes: Set<string>): DirectoryUnit {
  const code = unique(codes, checkedCode(unit.code, `${field}.code`), `${field}.code`);
  if (!code.startsWith(`${agency}.`)) {
    throw badUserInput(`${field}.code must start with its agency's code`, `${field}.code`);
  }
  if (unit.count !== null && (!Number.isInteger(unit.count) || unit.count < 1)) {
    throw badUserInput(`${field}.count must be a whole number, at least 1`, `${field}.count`);
  }
  atMost(unit.tasks, DIRECTORY_LIMITS.tasks, `${field}.tasks`);
  return {
    code,
    name: requiredText(unit.name, `${field}.name`, DIRECTORY_LIMITS.name),
    phone: checkedPhone(unit.phone, `${field}.phone`),
    count: unit.count,
    tasks: unit.tasks.map((task, t) => requiredText(task, `${field}.tasks[${t}]`, DIRECTORY_LIMITS.text)),
  };
}

function checkedAgency(agency: DirectoryAgency, city: City, field: string, codes: Set<string>, unitCodes: Set<string>): DirectoryAgency {
  const code = unique(codes, checkedCode(agency.code, `${field}.code`), `${field}.code`);
  if (!code.startsWith(`${city}.`)) {
    throw badUserInput(`${field}.code must start with the city (${city}.)`, `${field}.code`);
  }
  // Issue #9: referrals keep the agency's code (a partner referral's serving unit, an onward referral's target).
  if (code.length > DIRECTORY_LIMITS.agencyCode) {
    throw badUserInput(`${field}.code may be at most ${DIRECTORY_LIMITS.agencyCode} characters`, `${field}.code`);
  }
  if (!Object.values(AgencyLevel).includes(agency.level)) {
    throw badUserInput(`${field}.level must be LOCAL, CENTRAL or NGO`, `${field}.level`);
  }
  const { units } = agency;
  atMost(units, DIRECTORY_LIMITS.unitsPerAgency, `${field}.units`);
  return {
    code,
    city,
    name: requiredText(agency.name, `${field}.name`, DIRECTORY_LIMITS.name),
    level: agency.level,
    phone: checkedPhone(agency.phone, `${field}.phone`),
    units: units.map((unit, u) => checkedUnit(unit, code, `${field}.units[${u}]`, unitCodes)),
  };
}

/**
 * Issue #9: a REFERRAL box's needs are what the district's referral carries to the box's agency, so
 * codes like the receivers' own (JOBS), each once; the other boxes refer nobody and list none.
 */
function checkedNeeds(box: VisitFormBox, field: string): string[] {
  const needs = box.needs.map((need) => need.trim());
  atMost(needs, DIRECTORY_LIMITS.needsPerBox, `${field}.needs`);
  if (needs.length > 0 && box.kind !== VisitFormBoxKind.REFERRAL) {
    throw badUserInput(`${field}.needs is for a REFERRAL box only`, `${field}.needs`);
  }
  needs.forEach((need, n) => checkedCode(need, `${field}.needs[${n}]`, BOX_CODE));
  if (new Set(needs).size !== needs.length) {
    throw badUserInput(`${field}.needs must not repeat a need`, `${field}.needs`);
  }
  return needs;
}

/** A8/A9: a referral and an internal box name whom a tick reaches; 其他 names nobody. */
function checkedBox(box: VisitFormBox, field: string, agencies: readonly DirectoryAgency[], codes: Set<string>, orders: Set<string>): VisitFormBox {
  const code = unique(codes, checkedCode(box.code, `${field}.code`, BOX_CODE), `${field}.code`);
  if (!Number.isInteger(box.order) || box.order < 1) {
    throw badUserInput(`${field}.order must be a whole number, at least 1`, `${field}.order`);
  }
  unique(orders, String(box.order), `${field}.order`);
  const agency = box.agency === null ? undefined : agencies.find((candidate) => candidate.code === box.agency);
  if (box.kind === VisitFormBoxKind.OTHER ? box.agency !== null || box.unit !== null : agency === undefined) {
    throw badUserInput(`${field}.agencyCode must name an agency of this version for ${box.kind}, and be absent for OTHER`, `${field}.agencyCode`);
  }
  if (box.unit !== null && agency?.units.some((unit) => unit.code === box.unit) !== true) {
    throw badUserInput(`${field}.unitCode must name a unit of the box's agency`, `${field}.unitCode`);
  }
  const needs = checkedNeeds(box, field);
  return {
    code,
    label: requiredText(box.label, `${field}.label`, DIRECTORY_LIMITS.name),
    order: box.order,
    kind: box.kind,
    agency: box.agency,
    unit: box.unit,
    description: requiredText(box.description, `${field}.description`, DIRECTORY_LIMITS.text),
    printedOnForm: box.printedOnForm,
    needs,
  };
}

/** The version, trimmed and checked whole (BAD_USER_INPUT at the first problem, nothing written). */
export function checkedDirectory(directory: ServiceDirectoryData): ServiceDirectoryData {
  const city = checkedCity(directory.version.city);
  const printedVersion = optionalText(directory.version.printedVersion, "input.printedVersion", 20);
  if (printedVersion !== null && !PRINTED_VERSION.test(printedVersion)) {
    throw badUserInput("input.printedVersion must be as printed, e.g. 112.7", "input.printedVersion");
  }
  atMost(directory.agencies, DIRECTORY_LIMITS.agencies, "input.agencies");
  atMost(directory.categories, DIRECTORY_LIMITS.categories, "input.categories");
  atMost(directory.duties, DIRECTORY_LIMITS.duties, "input.duties");
  atMost(directory.visitFormBoxes, DIRECTORY_LIMITS.boxes, "input.visitFormBoxes");
  const agencyCodes = new Set<string>();
  const unitCodes = new Set<string>();
  const agencies = directory.agencies.map((agency, a) => checkedAgency(agency, city, `input.agencies[${a}]`, agencyCodes, unitCodes));
  const categoryCodes = new Set<string>();
  const categories = directory.categories.map((category, c) => ({
    code: unique(categoryCodes, checkedCode(category.code, `input.categories[${c}].code`), `input.categories[${c}].code`),
    name: requiredText(category.name, `input.categories[${c}].name`, DIRECTORY_LIMITS.name),
  }));
  const duties = directory.duties.map((duty, d) => {
    const field = `input.duties[${d}]`;
    if (!agencyCodes.has(duty.agency)) {
      throw badUserInput(`${field}.agencyCode must name an agency of this version`, `${field}.agencyCode`);
    }
    if (!categoryCodes.has(duty.category)) {
      throw badUserInput(`${field}.categoryCode must name a category of this version`, `${field}.categoryCode`);
    }
    if (duty.itemNumber !== null && (!Number.isInteger(duty.itemNumber) || duty.itemNumber < 1)) {
      throw badUserInput(`${field}.itemNumber must be a whole number, at least 1`, `${field}.itemNumber`);
    }
    return { agency: duty.agency, category: duty.category, itemNumber: duty.itemNumber, text: requiredText(duty.text, `${field}.text`, DIRECTORY_LIMITS.text) };
  });
  const boxCodes = new Set<string>();
  const orders = new Set<string>();
  const visitFormBoxes = directory.visitFormBoxes.map((box, b) => checkedBox(box, `input.visitFormBoxes[${b}]`, agencies, boxCodes, orders));
  return { version: { city, versionDate: directory.version.versionDate, printedVersion }, agencies, categories, duties, visitFormBoxes };
}
