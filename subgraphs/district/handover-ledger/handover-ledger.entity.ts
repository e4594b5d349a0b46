import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";

/**
 * 附件3 as the district received it (A4, A5, R5): household owns the ledger (office, date, count,
 * the office's seal); the district adds its seal — who acknowledged receipt and when — and the care
 * cases the ledger opened, on the same entity (D2). The office's fields are stored here too, only
 * for the row scope and the intake's checks (D1: the district's own copy of what it received).
 */
@Entity({ name: "handover_ledgers" })
@ObjectType()
@Directive('@key(fields: "id")')
export class HandoverLedger {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Column({ name: "client_key", type: "varchar", length: 100 })
  clientKey!: string;

  @Column({ name: "office_code", type: "varchar", length: 8 })
  officeCode!: string;

  @Column({ name: "receiving_district_code", type: "varchar", length: 8 })
  receivingDistrictCode!: string;

  @Column({ name: "ledger_date", type: "date" })
  ledgerDate!: string;

  @Column({ name: "form_count", type: "int" })
  formCount!: number;

  @Column({ name: "handed_over_at", type: "timestamptz" })
  handedOverAt!: Date;

  @Field({ description: "When the district's intake stored the ledger (D3)" })
  @Column({ name: "received_at", type: "timestamptz" })
  receivedAt!: Date;

  @Field(() => String, { nullable: true, description: "區所核章: the 人文課 officer who acknowledged receipt (staff identifier)" })
  @Column({ name: "acknowledged_by", type: "varchar", length: 64, nullable: true })
  acknowledgedBy!: string | null;

  @Field(() => Date, { nullable: true, description: "區所核章: when receipt was acknowledged (A4: before the visit)" })
  @Column({ name: "acknowledged_at", type: "timestamptz", nullable: true })
  acknowledgedAt!: Date | null;

  /** Set by the scoped loaders: whether the caller may see this row's fields (issue #4). */
  inScope?: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
