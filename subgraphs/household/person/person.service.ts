import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { ScopeCondition } from "../../../shared/authz/row-scope";
import { columnOf, countPlain } from "../../../shared/db/plain-rows";
import { isUniqueViolation } from "../../../shared/db/unique-violation";
import { findDistrict } from "../../../shared/domain/districts";
import { isValidNationalId, isValidResidentCertificateNumber } from "../../../shared/domain/identity-number";
import { isNeighbourhoodNumber, isVillageOf } from "../../../shared/domain/villages";
import { badUserInput, conflict } from "../../../shared/errors";
import { decodeCursor, toConnection, Connection } from "../../../shared/graphql/connection";
import { OriginCountry, IdentityDocument } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { present } from "../../../shared/graphql/present";
import { floorUnit, houseNumber } from "../../../shared/validation/address-number";
import { optionalMobilePhone } from "../../../shared/validation/contact";
import { notInFuture } from "../../../shared/validation/dates";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { AddressInput, Address } from "../address";
import { Household } from "../household/household.entity";
import { Person } from "./person.entity";
import { PersonFilter, RegisterHouseholdInput, RegisterPersonInput } from "./person.input";

/** 段 巷 弄 are counted from 1; a 0 or a negative one is a typing mistake. */
function positivePart(value: number | null | undefined, field: string): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (!Number.isInteger(value) || value < 1) {
    throw badUserInput(`${field} must be a positive whole number`, field);
  }
  return value;
}

/** 樓: B1 is written -1; there is no floor 0. */
function floorPart(value: number | null | undefined, field: string): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (!Number.isInteger(value) || value === 0 || value < -10 || value > 200) {
    throw badUserInput(`${field} must be a floor number (basements negative, no floor 0)`, field);
  }
  return value;
}

/**
 * Validates an address input and resolves its district to the code; Taipei only (A2). 里 and 鄰
 * route a case to a 里幹事 (A2, A6), so the 里 must be one of the district's and the 鄰 a 鄰 number.
 */
export function toAddress(input: AddressInput, field: string): Address {
  const district = findDistrict(input.districtCode);
  if (district === undefined) {
    throw badUserInput("The district must be one of Taipei's 12 districts", `${field}.districtCode`);
  }
  const village = requiredText(input.village, `${field}.village`, 20);
  if (!isVillageOf(district.code, village)) {
    throw badUserInput("The village (里) must be one of the district's", `${field}.village`);
  }
  if (input.neighbourhood !== null && input.neighbourhood !== undefined && !isNeighbourhoodNumber(input.neighbourhood)) {
    throw badUserInput("The neighbourhood (鄰) must be a 鄰 number of the village", `${field}.neighbourhood`);
  }
  const floor = floorPart(input.floor, `${field}.floor`);
  return Object.assign(new Address(), {
    districtCode: district.code,
    village,
    neighbourhood: input.neighbourhood ?? null,
    road: requiredText(input.road, `${field}.road`, 40),
    section: positivePart(input.section, `${field}.section`),
    lane: positivePart(input.lane, `${field}.lane`),
    alley: positivePart(input.alley, `${field}.alley`),
    number: houseNumber(input.number, `${field}.number`),
    floor,
    floorUnit: floorUnit(input.floorUnit, floor, `${field}.floorUnit`),
  });
}

/** 戶號: the district office's letter (districts.ts) and seven digits. */
const HOUSEHOLD_NUMBER = /^([A-Z])(\d{7})$/;

export function identityDocumentOf(idNumber: string): IdentityDocument {
  if (isValidNationalId(idNumber)) {
    return IdentityDocument.NATIONAL_ID;
  }
  if (isValidResidentCertificateNumber(idNumber)) {
    return IdentityDocument.RESIDENT_CERTIFICATE;
  }
  throw badUserInput("idNumber is not a valid national ID or resident certificate number", "idNumber");
}

/**
 * Registers a household; its 戶號 opens with the district's letter (issue #7). That the district is
 * the clerk's own is the policy's write declaration (actsFor), decided before this runs.
 */
export async function registerHousehold(dataSource: DataSource, input: RegisterHouseholdInput): Promise<Household> {
  const address = toAddress(input.address, "address");
  const householdNumber = requiredText(input.householdNumber, "householdNumber", 12).toUpperCase();
  const parts = HOUSEHOLD_NUMBER.exec(householdNumber);
  if (parts === null || parts[1] !== findDistrict(address.districtCode)?.householdNumberPrefix) {
    throw badUserInput("householdNumber must be the district's letter and seven digits", "householdNumber");
  }
  const household = Object.assign(new Household(), { id: randomUUID(), householdNumber, address });
  try {
    return await dataSource.getRepository(Household).save(household);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict("A household with this household number is already registered");
    }
    throw error;
  }
}

/** `office` is the registering clerk's office (its district code): the clerk's row scope includes the person. */
export async function registerPerson(dataSource: DataSource, input: RegisterPersonInput, office: string): Promise<Person> {
  const idNumber = input.idNumber.trim().toUpperCase();
  const idDocument = identityDocumentOf(idNumber);
  notInFuture(input.birthDate, "birthDate");
  const mobilePhone = optionalMobilePhone(input.mobilePhone, "mobilePhone");
  // Issue #14: checked as form text whatever the country (a NUL or 41 characters reached PostgreSQL as an INTERNAL_SERVER_ERROR).
  const originCountryOther = optionalText(input.originCountryOther, "originCountryOther", 40);
  if (input.originCountry === OriginCountry.OTHER && originCountryOther === null) {
    throw badUserInput("originCountryOther is required when originCountry is OTHER", "originCountryOther");
  }
  const householdId = !present(input.householdId) ? null : requireUuid(input.householdId, "householdId");
  if (householdId !== null && (await dataSource.getRepository(Household).countBy({ id: householdId })) === 0) {
    throw badUserInput("No household has this ID", "householdId");
  }
  const person = Object.assign(new Person(), {
    id: randomUUID(),
    name: requiredText(input.name, "name", 60),
    sex: input.sex,
    birthDate: input.birthDate,
    idNumber,
    idDocument,
    originCountry: input.originCountry ?? null,
    originCountryOther: input.originCountry === OriginCountry.OTHER ? originCountryOther : null,
    mobilePhone,
    householdId,
    registeredByOffice: office,
  });
  try {
    return await dataSource.getRepository(Person).save(person);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict("A person with this identity number is already registered");
    }
    throw error;
  }
}

/** What a page of persons is read with: the caller's row scope and the page's statement (household's loaders). */
export interface PersonsReader {
  scopeOf(typeName: string, alias: string): ScopeCondition;
  personsPage(where: string, params: Readonly<Record<string, unknown>>, limit: number): Promise<Person[]>;
}

/**
 * Keyset-paged persons, ordered by ID so a page never shifts when rows are added elsewhere. Issue
 * #13: two named statements, the count and the page (with each person's household, registrations
 * and 附件1s, loaders.ts personsPage), written with column names — not TypeORM's query builder,
 * which re-parsed the text for property names on every call and needed a statement per relation.
 */
export async function listPersons(dataSource: DataSource, filter: PersonFilter, limit: number, after: string | null | undefined, reader: PersonsReader): Promise<Connection<Person>> {
  // Row scope first (issue #4): a list never shows, nor counts, a row the caller may not see.
  const scope = reader.scopeOf("Person", "scoped");
  const conditions = [`(${scope.sql})`];
  const params: Record<string, unknown> = { ...scope.params };
  const column = (property: string): string => columnOf(dataSource, Person, "scoped", property);
  if (present(filter.district)) {
    const district = findDistrict(filter.district);
    if (district === undefined) {
      throw badUserInput("The district must be one of Taipei's 12 districts", "filter.district");
    }
    // The household's district, on the person's row (issue #13: no join per listed person; kept by
    // the database, not an entity column).
    conditions.push(`"scoped"."household_district_code" = :district`);
    params.district = district.code;
  }
  if (present(filter.newImmigrant)) {
    conditions.push(`${column("originCountry")} ${filter.newImmigrant ? "IS NOT NULL" : "IS NULL"}`);
  }
  if (present(filter.originCountry)) {
    conditions.push(`${column("originCountry")} = :origin`);
    params.origin = filter.originCountry;
  }
  const cursor = present(after) ? requireUuid(decodeCursor(after), "after") : undefined;
  const where = conditions.join(" AND ");
  // The count is of the whole list; the page starts after the cursor.
  const [rows, totalCount] = await Promise.all([
    cursor === undefined ? reader.personsPage(where, params, limit + 1) : reader.personsPage(`${where} AND ${column("id")} > :after`, { ...params, after: cursor }, limit + 1),
    countPlain(dataSource, Person, "scoped", where, params),
  ]);
  return toConnection(rows, limit, (person) => person.id, totalCount);
}
