import { Field, InputType } from "type-graphql";
import { CareCaseStatus } from "../../../shared/graphql/enums";

@InputType({ description: "Filters of the care cases list" })
export class CareCaseFilter {
  @Field({ nullable: true, description: "District (code, slug or name) that handles the case (the visit address's)" })
  district?: string;

  @Field(() => CareCaseStatus, { nullable: true })
  status?: CareCaseStatus;
}
