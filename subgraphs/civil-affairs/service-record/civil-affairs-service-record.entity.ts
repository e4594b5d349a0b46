import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { ServiceRecordBase } from "../../../shared/receiving/service-record.entity";

/** A 民政局 officer's handling of a referral: the assessment and what was done (A10, A11). */
@Entity({ name: "service_records" })
@ObjectType({ description: "A10/A11: a 民政局 officer's handling of a referral" })
export class CivilAffairsServiceRecord extends ServiceRecordBase {
  @Field({ description: "承辦人姓名" })
  @Column({ name: "officer_name", type: "varchar", length: 60 })
  officerName!: string;
}
