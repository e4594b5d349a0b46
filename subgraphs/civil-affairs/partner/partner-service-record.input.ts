import { Field, InputType } from "type-graphql";
import { ServiceInputBase } from "../../../shared/receiving/service-record.input";

@InputType({ description: "A10: a partner agency officer's handling of a referral" })
export class PartnerServiceInput extends ServiceInputBase {
  @Field({ description: "承辦人姓名" })
  officerName!: string;
}
