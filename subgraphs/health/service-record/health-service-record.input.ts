import { Field, InputType } from "type-graphql";
import { ServiceInputBase } from "../../../shared/receiving/service-record.input";

@InputType({ description: "A10: a nurse's or counsellor's contact on a health referral" })
export class HealthServiceInput extends ServiceInputBase {
  @Field({ description: "公衛護士 (or counsellor)" })
  nurseName!: string;
}
