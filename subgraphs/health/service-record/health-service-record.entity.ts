import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { ServiceRecordBase } from "../../../shared/receiving/service-record.entity";

/** A public-health nurse's contact: assessment, health education, eugenic care advice (A10). */
@Entity({ name: "service_records" })
@ObjectType({ description: "A10: a nurse's or counsellor's contact on a health referral" })
export class HealthServiceRecord extends ServiceRecordBase {
  @Field({ description: "公衛護士 (or counsellor) who made the contact" })
  @Column({ name: "nurse_name", type: "varchar", length: 60 })
  nurseName!: string;
}
