import { DataSource } from "typeorm";
import type { Principal } from "../../shared/auth/principal";
import { Role } from "../../shared/auth/roles";
import { SignOffRole } from "../../shared/domain/enums";
import { signVisitRecordLevels } from "../../subgraphs/district/sign-off/visit-record-signing.service";
import { fileVisitRecord } from "../../subgraphs/district/visit-record/visit-record-filing.service";
import { VisitRecordInput } from "../../subgraphs/district/visit-record/visit-record.input";
import { draftVisitRecord } from "../../subgraphs/district/visit-record/visit-record.service";
import { dataOf } from "./graphql";
import { TestPlatform } from "./platform";

/** Who signs each level in the fixtures (A8): names as a district would enter them. */
export const SIGNER_NAMES: Readonly<Record<SignOffRole, string>> = {
  VILLAGE_OFFICER: "里幹事甲",
  CIVIL_SECTION_HEAD: "民政課長乙",
  HUMANITIES_SECTION: "人文課丙",
  CHIEF_SECRETARY: "主任秘書丁",
  DEPUTY_DISTRICT_CHIEF: "副區長戊",
  DISTRICT_CHIEF: "區長己",
};

export const DRAFT_VISIT_RECORD = `mutation($input: VisitRecordInput!) { draftVisitRecord(input: $input) { id requiredLevels } }`;
export const SIGN_VISIT_RECORD = `mutation($id: ID!, $level: SignOffRole!, $name: String!) { signVisitRecord(id: $id, level: $level, signerName: $name) { id state } }`;
export const FILE_VISIT_RECORD = `mutation($id: ID!, $on: LocalDate!) { fileVisitRecord(id: $id, filedOn: $on) { id state filedOn } }`;

export interface VisitRecordCallers {
  /** Who hands the draft in: the 里幹事 of the case's village, or 人文課. */
  readonly drafter: { role: Role; org: string; villages?: readonly string[] };
  /** 人文課 of the visiting district: enters the other levels' signatures and files. */
  readonly officer: { role: Role; org: string };
}

/**
 * A8 (issue #9) through the gateway: hands 附件4 in as a draft, has every level the record
 * requires sign in order (the 里幹事's own level by the drafter when it is the 里幹事, the others
 * entered by 人文課), and 人文課 files it. Returns the record's id.
 */
export async function draftSignAndFile(platform: TestPlatform, callers: VisitRecordCallers, input: Record<string, unknown>, filedOn: string): Promise<string> {
  const { draftVisitRecord: draft } = dataOf(
    await platform.query<{ draftVisitRecord: { id: string; requiredLevels: SignOffRole[] } }>(DRAFT_VISIT_RECORD, { ...callers.drafter, variables: { input } }),
  );
  await signAndFile(platform, callers, draft, filedOn);
  return draft.id;
}

/** The sign-off and filing of a record already handed in (A8): every required level in order, then 人文課 files. */
export async function signAndFile(platform: TestPlatform, callers: VisitRecordCallers, draft: { id: string; requiredLevels: readonly SignOffRole[] }, filedOn: string): Promise<void> {
  for (const level of draft.requiredLevels) {
    const signer = level === SignOffRole.VILLAGE_OFFICER && callers.drafter.role === Role.VILLAGE_OFFICER ? callers.drafter : callers.officer;
    dataOf(await platform.query(SIGN_VISIT_RECORD, { ...signer, variables: { id: draft.id, level, name: SIGNER_NAMES[level] } }));
  }
  dataOf(await platform.query(FILE_VISIT_RECORD, { ...callers.officer, variables: { id: draft.id, on: filedOn } }));
}

/** The same, on the district's services directly (the seed-001 build, which runs without the gateway). */
export async function draftSignAndFileDirectly(district: DataSource, officer: Principal, input: VisitRecordInput, filedOn: string): Promise<void> {
  const draft = await draftVisitRecord(district, input);
  // Issue #10: 人文課 enters the paper form's signatures, every level in order, in one call.
  await signVisitRecordLevels(
    district,
    officer,
    draft.id,
    draft.requiredLevels.map((level) => ({ level, signerName: SIGNER_NAMES[level] })),
  );
  await fileVisitRecord(district, officer, draft.id, filedOn);
}
