import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { SignOffRole } from "../../../shared/graphql/enums";

/**
 * 附件4's 核章 (A8, issue #9): one level's signature on a visit record, with the signer's name and
 * the system's time. Records filed before issue #9 kept only which levels signed: their
 * signatures have no name and no time (migration 1766600000000).
 */
@Entity({ name: "visit_record_signatures" })
@ObjectType({ description: "A8: one level's sign-off (核章) on 附件4" })
export class VisitRecordSignature {
  @PrimaryColumn({ name: "visit_record_id", type: "uuid" })
  visitRecordId!: string;

  @Field(() => SignOffRole)
  @PrimaryColumn({ type: "varchar", length: 24 })
  level!: SignOffRole;

  /** The level's place in the record's chain (0 first), so the order is the one signed. */
  @Column({ type: "int" })
  position!: number;

  @Field(() => String, { nullable: true, description: "Who signed (staff name); absent on records signed before issue #9" })
  @Column({ name: "signer_name", type: "varchar", length: 60, nullable: true })
  signerName!: string | null;

  @Field(() => Date, { nullable: true, description: "When the signature was entered (system time); absent on records signed before issue #9" })
  @Column({ name: "signed_at", type: "timestamptz", nullable: true })
  signedAt!: Date | null;
}
