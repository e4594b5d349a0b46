import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** Where the ledger's delivery to the district stands, from household's outbox (D3). */
export enum HandoverDelivery {
  PENDING = "PENDING",
  DELIVERED = "DELIVERED",
  FAILED = "FAILED",
}

registerEnumType(HandoverDelivery, {
  name: "HandoverDelivery",
  description: "D3: the ledger's hand-off to the district",
  valuesConfig: {
    PENDING: { description: "Written, not yet acknowledged by the district's intake; retried until it is" },
    DELIVERED: { description: "The district's intake stored it" },
    FAILED: { description: "The district refused it with a code; an operator looks at it" },
  },
});

/**
 * 附件3 新移民關懷訪視意願徵詢書影本點交清單 (A4, A5, R5): the office's ledger of one day's consenting
 * inquiries for one receiving district (the district of the visit address). The office's seal is
 * who handed over and when; the district's seal (acknowledgement) is the district's field of the
 * same entity (D2). Declined inquiries are never in a ledger (A3).
 */
@Entity({ name: "handover_ledgers" })
@ObjectType({ description: "附件3 點交清單: one day's consenting inquiries handed to one district (A4, A5)" })
@Directive('@key(fields: "id")')
export class HandoverLedger {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field({ description: "受理戶所: district code of the office that hands over" })
  @Column({ name: "office_code", type: "varchar", length: 8 })
  officeCode!: string;

  @Field({ description: "區公所 receiving the ledger: the district of the visit addresses (A5)" })
  @Column({ name: "receiving_district_code", type: "varchar", length: 8 })
  receivingDistrictCode!: string;

  @Field(() => LocalDateScalar, { description: "日期: the application date of the forms it lists" })
  @Column({ name: "ledger_date", type: "date" })
  ledgerDate!: string;

  @Field(() => Int, { description: "份數: the number of forms" })
  @Column({ name: "form_count", type: "int" })
  formCount!: number;

  @Field({ description: "戶所核章: the clerk who handed over (staff identifier, the token subject)" })
  @Column({ name: "handed_over_by", type: "varchar", length: 64 })
  handedOverBy!: string;

  @Field({ description: "戶所核章: when the office handed over (A4: by 12:00 of the next working day)" })
  @Column({ name: "handed_over_at", type: "timestamptz" })
  handedOverAt!: Date;

  @Field(() => String, { nullable: true, description: "備註: the receiving district, for a cross-district ledger (R5)" })
  @Column({ type: "varchar", length: 60, nullable: true })
  remark!: string | null;

  @Field({ description: "附件2 個資保護印章: the personal-data stamp the copies carry (R8: configured)" })
  @Column({ name: "stamp_text", type: "varchar", length: 200 })
  stampText!: string;

  /** The outbox row that delivers the ledger; its id is the district's client key (D3). */
  @Column({ name: "outbox_id", type: "uuid" })
  outboxId!: string;

  /** Set by the scoped loaders: whether the caller may see this row's fields (issue #4). */
  inScope?: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
