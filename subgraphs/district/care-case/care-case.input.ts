import { Field, InputType } from "type-graphql";
import { CareCaseStatus } from "../../../shared/graphql/enums";
import { VisitRecordState } from "../visit-record/visit-record.entity";

@InputType({ description: "Filters of the care cases list" })
export class CareCaseFilter {
  @Field({ nullable: true, description: "District (code, slug or name) that handles the case (the visit address's)" })
  district?: string;

  @Field(() => CareCaseStatus, { nullable: true })
  status?: CareCaseStatus;

  @Field(() => Boolean, { nullable: true, description: "A6 (issue #11): true, the cases assigned to a 里幹事; false, those still waiting for one (派案)" })
  assigned?: boolean;

  @Field(() => String, { nullable: true, description: "A2 (issue #11): the 里 of the visit address, by its exact name (文北里)" })
  village?: string;

  @Field(() => [VisitRecordState], { nullable: true, description: "A8 (issue #11): cases whose 附件4 is in one of these states (the sign-off queue: DRAFT, SIGNING)" })
  visitRecordStates?: VisitRecordState[];
}
