import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { ServiceRecordBase } from "../../../shared/receiving/service-record.entity";

/** A social worker's contact on a referral: the care point's assessment and follow-ups (A10, A13). */
@Entity({ name: "service_records" })
@ObjectType({ description: "A10/A13: a social worker's service contact on a referral" })
export class SocialServiceRecord extends ServiceRecordBase {
  @Field({ description: "社工姓名" })
  @Column({ name: "social_worker_name", type: "varchar", length: 60 })
  socialWorkerName!: string;
}
