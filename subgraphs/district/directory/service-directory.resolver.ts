import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { RECEIVE_SERVICE_DIRECTORY_FIELD } from "../../../shared/directory/intake";
import { ServiceDirectoryNotice } from "../../../shared/directory/notice";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import type { DistrictContext } from "../loaders";
import { receiveServiceDirectory, visitFormBoxes } from "./service-directory.service";
import { ReceivedServiceDirectory, VisitFormBoxView } from "./visit-form-box.type";

@Resolver(() => VisitFormBoxView)
export class ServiceDirectoryResolver {
  @Query(() => [VisitFormBoxView], { description: "附件4's boxes from 民政局's directory version in force on asOf (default today), in the form's order (C1)" })
  visitFormBoxes(@Arg("asOf", () => LocalDateScalar, { nullable: true }) asOf: string | null, @Ctx() context: DistrictContext): Promise<VisitFormBoxView[]> {
    return visitFormBoxes(context.dataSource, asOf);
  }

  @Mutation(() => ReceivedServiceDirectory, {
    name: RECEIVE_SERVICE_DIRECTORY_FIELD,
    description: "A directory version from 民政局, stored once per clientKey; its boxes are the visit form's from its version date (issue #9, D3)",
  })
  receive(@Arg("input", () => ServiceDirectoryNotice) input: ServiceDirectoryNotice, @Ctx() context: DistrictContext): Promise<ReceivedServiceDirectory> {
    return receiveServiceDirectory(context.dataSource, input);
  }
}
