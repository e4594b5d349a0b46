import { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { Role } from "../../../shared/auth/roles";
import { now } from "../../../shared/clock";
import { conflict, forbidden, notFound } from "../../../shared/errors";
import { SignOffRole } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { requiredText } from "../../../shared/validation/form-text";
import { CareCase } from "../care-case/care-case.entity";
import { lockedCareCase } from "../care-case/care-case.service";
import { VisitRecord, VisitRecordState } from "../visit-record/visit-record.entity";
import { VisitRecordSignature } from "./visit-record-signature.entity";

/** A record's signatures in the order signed. */
export function signaturesOf(manager: EntityManager, visitRecordId: string): Promise<VisitRecordSignature[]> {
  return manager.getRepository(VisitRecordSignature).find({ where: { visitRecordId }, order: { position: "ASC" } });
}

/** The level that signs next, or null once every level the record requires has signed. */
export function nextLevel(record: VisitRecord, signatures: readonly VisitRecordSignature[]): SignOffRole | null {
  return record.requiredLevels[signatures.length] ?? null;
}

/**
 * A5: the visit record is the visiting district's. 人文課 of the household address's district sees
 * a cross-district case (its scope), but neither signs nor files the other district's record.
 */
export function requireVisitingDistrict(principal: Principal, careCase: CareCase): void {
  if (principal.org !== careCase.visitDistrictCode) {
    throw forbidden("The visiting district signs and files its visit record (A5)");
  }
}

/**
 * Loads a visit record and locks its case (the row every writer of the case locks), so two
 * signatures of one record run one after the other.
 */
export async function lockedVisitRecord(manager: EntityManager, id: string, field: string): Promise<{ record: VisitRecord; careCase: CareCase }> {
  const found = await manager.getRepository(VisitRecord).findOneBy({ id: requireUuid(id, field) });
  if (found === null) {
    throw notFound("VisitRecord");
  }
  const careCase = await lockedCareCase(manager, found.careCaseId, field);
  return { record: await manager.getRepository(VisitRecord).findOneByOrFail({ id: found.id }), careCase };
}

/**
 * A8 (issue #9): one level signs 附件4, in the record's order (里幹事 → 民政課長 → 人文課 → 主任秘書
 * → 副區長 → 區長, as the district configured them): only the next level may sign, anything else
 * is a CONFLICT. The signer's name is what the caller entered; the time is the system's (R2).
 * A 里幹事's own account signs only the 里幹事 level; 人文課 enters the others' signatures.
 */
export function signVisitRecord(dataSource: DataSource, principal: Principal, id: string, level: SignOffRole, signerName: string): Promise<VisitRecord> {
  return signVisitRecordLevels(dataSource, principal, id, [{ level, signerName }]);
}

/**
 * Issue #10: `signVisitRecord` for several levels of one record in turn (人文課 entering the paper
 * form's signatures at once; the mutation signs one): each checked as a signature alone would be,
 * against the signatures before it, in one transaction, all or none.
 */
export function signVisitRecordLevels(dataSource: DataSource, principal: Principal, id: string, signing: readonly { level: SignOffRole; signerName: string }[]): Promise<VisitRecord> {
  const signers = signing.map(({ level, signerName }) => {
    const name = requiredText(signerName, "signerName", 60);
    if (principal.role === Role.VILLAGE_OFFICER && level !== SignOffRole.VILLAGE_OFFICER) {
      throw forbidden("A 里幹事 signs only the 里幹事 level of 附件4");
    }
    return { level, name };
  });
  return dataSource.transaction(async (manager) => {
    const { record, careCase } = await lockedVisitRecord(manager, id, "id");
    requireVisitingDistrict(principal, careCase);
    if (record.state === VisitRecordState.FILED) {
      throw conflict("The visit record is filed: its sign-off is closed");
    }
    const signatures = await signaturesOf(manager, record.id);
    const signedAt = now();
    for (const { level, name } of signers) {
      const expected = nextLevel(record, signatures);
      if (expected === null) {
        throw conflict("Every level has signed this visit record; 人文課 files it");
      }
      if (level !== expected) {
        throw conflict(`${expected} signs next (A8: the levels sign in order: ${record.requiredLevels.join(" → ")})`);
      }
      signatures.push(Object.assign(new VisitRecordSignature(), { visitRecordId: record.id, level, position: signatures.length, signerName: name, signedAt }));
    }
    const added = signatures.slice(signatures.length - signers.length);
    if (added.length === 0) {
      return record;
    }
    await manager.insert(VisitRecordSignature, added);
    record.state = VisitRecordState.SIGNING;
    return manager.save(record);
  });
}
