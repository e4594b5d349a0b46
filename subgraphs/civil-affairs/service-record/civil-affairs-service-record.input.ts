import { Field, InputType } from "type-graphql";
import { ServiceInputBase } from "../../../shared/receiving/service-record.input";

@InputType({ description: "A10/A11: a 民政局 officer's handling of a referral" })
export class CivilAffairsServiceInput extends ServiceInputBase {
  @Field({ description: "承辦人姓名" })
  officerName!: string;
}
