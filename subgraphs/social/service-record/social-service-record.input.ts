import { Field, InputType } from "type-graphql";
import { ServiceInputBase } from "../../../shared/receiving/service-record.input";

@InputType({ description: "A10/A13: a social worker's contact on a referral" })
export class SocialServiceInput extends ServiceInputBase {
  @Field({ description: "社工姓名" })
  socialWorkerName!: string;
}
