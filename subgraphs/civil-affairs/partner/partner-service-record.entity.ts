import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { ServiceRecordBase } from "../../../shared/receiving/service-record.entity";

/** A partner agency officer's handling of a referral (A10: 通報處理情形). */
@Entity({ name: "partner_service_records" })
@ObjectType({ description: "A10: a partner agency officer's handling of a referral" })
export class PartnerServiceRecord extends ServiceRecordBase {
  @Field({ description: "承辦人姓名" })
  @Column({ name: "officer_name", type: "varchar", length: 60 })
  officerName!: string;
}
