import { randomUUID } from "crypto";
import { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { requireClientKey } from "../../../shared/db/idempotent-intake";
import { isUniqueViolation } from "../../../shared/db/unique-violation";
import { SearchOutcome } from "../../../shared/domain/child-care";
import { badUserInput, conflict, notFound } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { present } from "../../../shared/graphql/present";
import { optionalPhone } from "../../../shared/validation/contact";
import { contactPersons } from "../../../shared/validation/contact-person";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { optionalIdentityNumber } from "../../../shared/validation/identity-number";
import { Household } from "../household/household.entity";
import { Person } from "../person/person.entity";
import { identityDocumentOf } from "../person/person.service";
import { ChildWhereabouts, ExOfficioKind, ExOfficioRecord, LinealRelative, SearchReplyReceipt } from "./ex-officio.entity";
import { askForSearch, noticeSocial } from "./ex-officio.hand-offs";
import { ExOfficioBirthInput, ExOfficioMoveInput, SearchReplyInput } from "./ex-officio.input";

/**
 * B2, B3: the record, and — when the investigation left the whereabouts unknown and the entry/exit
 * records do not show the child abroad (excluded, B2/B3) — the hand-offs to the police, the district
 * and social, all in the caller's transaction.
 */
async function storeRecord(manager: EntityManager, record: ExOfficioRecord, child: Person, actor: Principal): Promise<ExOfficioRecord> {
  await manager.insert(ExOfficioRecord, record);
  if (record.whereabouts === ChildWhereabouts.UNKNOWN && !record.leftCountry) {
    const keys = await askForSearch(manager, record, child, actor);
    Object.assign(record, { searchRequestKey: keys.searchKey, followUpRequestKey: keys.followUpKey });
    await manager.update(ExOfficioRecord, { id: record.id }, { searchRequestKey: keys.searchKey, followUpRequestKey: keys.followUpKey });
  }
  return record;
}

function newRecord(fields: Omit<ExOfficioRecord, "id" | "createdAt" | "searchRequested" | "searchRequestKey" | "followUpRequestKey" | "searchReplyKey" | "searchRequestId" | "searchOutcome" | "searchResultOn" | "foundAddress" | "foundContactName" | "foundContactPhone">): ExOfficioRecord {
  return Object.assign(new ExOfficioRecord(), {
    id: randomUUID(),
    ...fields,
    searchRequestKey: null,
    followUpRequestKey: null,
    searchReplyKey: null,
    searchRequestId: null,
    searchOutcome: null,
    searchResultOn: null,
    foundAddress: null,
    foundContactName: null,
    foundContactPhone: null,
  });
}

/**
 * B2: 逕為出生登記 at the caller's office (`office`, the token's). The child becomes a Person of the
 * office, in the household named (the policy checked it is of the clerk's district) or in the
 * office's own register; the household district is the household's, else the office's.
 */
export async function recordExOfficioBirth(dataSource: DataSource, principal: Principal, input: ExOfficioBirthInput): Promise<ExOfficioRecord> {
  const idNumber = input.child.idNumber.trim().toUpperCase();
  const idDocument = identityDocumentOf(idNumber);
  notInFuture(input.child.birthDate, "input.child.birthDate");
  notInFuture(input.registeredOn, "input.registeredOn");
  notBefore(input.registeredOn, input.child.birthDate, "input.registeredOn", "the birth");
  const householdId = present(input.householdId) ? requireUuid(input.householdId, "input.householdId") : null;
  const fields = {
    motherName: optionalText(input.motherName, "input.motherName", 60),
    motherIdNumber: optionalIdentityNumber(input.motherIdNumber, "input.motherIdNumber"),
    investigation: optionalText(input.investigation, "input.investigation", 4000),
    contacts: contactPersons(input.contacts, "input.contacts"),
  };
  const childName = requiredText(input.child.name, "input.child.name", 60);
  try {
    return await dataSource.transaction(async (manager) => {
      const household = householdId === null ? null : await manager.getRepository(Household).findOneBy({ id: householdId });
      if (householdId !== null && household === null) {
        throw badUserInput("No household has this ID", "input.householdId");
      }
      const child = Object.assign(new Person(), {
        id: randomUUID(),
        name: childName,
        sex: input.child.sex,
        birthDate: input.child.birthDate,
        idNumber,
        idDocument,
        originCountry: null,
        originCountryOther: null,
        mobilePhone: null,
        householdId,
        registeredByOffice: principal.org,
      });
      await manager.insert(Person, child);
      const record = newRecord({
        kind: ExOfficioKind.BIRTH,
        personId: child.id,
        officeCode: principal.org,
        householdDistrictCode: household?.address.districtCode ?? principal.org,
        recordedOn: input.registeredOn,
        whereabouts: input.whereabouts,
        leftCountry: input.leftCountry,
        nhiaContactAddress: null,
        relativesQueried: [],
        ...fields,
      });
      return storeRecord(manager, record, child, principal);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict("A person with this identity number is already registered");
    }
    throw error;
  }
}

/**
 * B3: 逕遷戶籍至戶政事務所 of a child of the caller's office (the policy checked the Person is in the
 * clerk's scope). Before the move the office queried the NHIA, the entry/exit records and at least
 * one lineal relative to the 2nd degree; after it the household district is the office's own.
 */
export function recordExOfficioMove(dataSource: DataSource, principal: Principal, input: ExOfficioMoveInput): Promise<ExOfficioRecord> {
  const personId = requireUuid(input.personId, "input.personId");
  notInFuture(input.movedOn, "input.movedOn");
  const relativesQueried = [...new Set(input.relativesQueried)].sort() as LinealRelative[];
  if (relativesQueried.length === 0) {
    throw badUserInput("input.relativesQueried must name the lineal relatives queried (B3)", "input.relativesQueried");
  }
  const fields = {
    nhiaContactAddress: optionalText(input.nhiaContactAddress, "input.nhiaContactAddress", 200),
    investigation: optionalText(input.investigation, "input.investigation", 4000),
    contacts: contactPersons(input.contacts, "input.contacts"),
  };
  return dataSource.transaction(async (manager) => {
    const child = await manager.getRepository(Person).findOneBy({ id: personId });
    if (child === null) {
      throw notFound("Person");
    }
    notBefore(input.movedOn, child.birthDate, "input.movedOn", "the birth");
    const record = newRecord({
      kind: ExOfficioKind.MOVE,
      personId,
      officeCode: principal.org,
      householdDistrictCode: principal.org,
      recordedOn: input.movedOn,
      whereabouts: input.whereabouts,
      leftCountry: input.leftCountry,
      relativesQueried,
      motherName: null,
      motherIdNumber: null,
      ...fields,
    });
    return storeRecord(manager, record, child, principal);
  });
}

/**
 * B2 (D3): the police's reply onto the record that asked, once. The reply must name the request the
 * office sent (its key); a retry with the same key answers the stored reply; another reply to a
 * record already answered is a CONFLICT. Only the police's service delivers it (policy.ts).
 */
export function receiveSearchReply(dataSource: DataSource, input: SearchReplyInput, actor: Principal): Promise<SearchReplyReceipt> {
  const clientKey = requireClientKey(input.clientKey);
  const id = requireUuid(input.exOfficioRecordId, "input.exOfficioRecordId");
  const searchRequestId = requireUuid(input.searchRequestId, "input.searchRequestId");
  notInFuture(input.resultOn, "input.resultOn");
  const found = {
    foundAddress: optionalText(input.foundAddress, "input.foundAddress", 200),
    foundContactName: optionalText(input.foundContactName, "input.foundContactName", 60),
    foundContactPhone: optionalPhone(input.foundContactPhone, "input.foundContactPhone"),
  };
  if (input.outcome === SearchOutcome.FOUND && found.foundAddress === null) {
    throw badUserInput("input.foundAddress is required when the child is FOUND", "input.foundAddress");
  }
  return dataSource.transaction(async (manager) => {
    const record = await manager.getRepository(ExOfficioRecord).createQueryBuilder("record").setLock("pessimistic_write").where("record.id = :id", { id }).getOne();
    if (record === null) {
      throw notFound("ExOfficioRecord");
    }
    if (record.searchRequestKey === null || record.searchRequestKey !== input.searchRequestKey.trim().toLowerCase()) {
      throw badUserInput("input.searchRequestKey is not the request this record sent", "input.searchRequestKey");
    }
    if (record.searchReplyKey === clientKey) {
      return { id: record.id, outcome: record.searchOutcome ?? input.outcome };
    }
    if (record.searchReplyKey !== null) {
      throw conflict("The police's reply is already recorded on this record");
    }
    await manager.update(ExOfficioRecord, { id }, { searchReplyKey: clientKey, searchRequestId, searchOutcome: input.outcome, searchResultOn: input.resultOn, ...found });
    const child = await manager.getRepository(Person).findOneByOrFail({ id: record.personId });
    await noticeSocial(manager, record, child, actor, { outcome: input.outcome, resultOn: input.resultOn, ...found });
    return { id: record.id, outcome: input.outcome };
  });
}
