import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import type { CivilAffairsContext } from "../loaders";
import { PublishServiceDirectoryInput } from "./directory.input";
import { directoryAgency, publishServiceDirectory, serviceDirectory } from "./directory.service";
import { DirectoryAgencyView, ServiceDirectoryView } from "./directory.type";

@Resolver(() => ServiceDirectoryView)
export class ServiceDirectoryResolver {
  @Query(() => ServiceDirectoryView, { description: "C1: a city's service directory (taipei, keelung), the version in force on asOf (default today)" })
  serviceDirectory(
    @Arg("city") city: string,
    @Arg("asOf", () => LocalDateScalar, { nullable: true }) asOf: string | null,
    @Ctx() context: CivilAffairsContext,
  ): Promise<ServiceDirectoryView> {
    return serviceDirectory(context.dataSource, city, asOf);
  }

  @Query(() => DirectoryAgencyView, { description: "C1: one agency by its code, from its city's version in force on asOf (default today)" })
  directoryAgency(
    @Arg("code") code: string,
    @Arg("asOf", () => LocalDateScalar, { nullable: true }) asOf: string | null,
    @Ctx() context: CivilAffairsContext,
  ): Promise<DirectoryAgencyView> {
    return directoryAgency(context.dataSource, code, asOf);
  }

  @Mutation(() => ServiceDirectoryView, { description: "民政局 publishes a whole new version of a city's directory; Taipei's reaches the district's visit form (C1, D3)" })
  publishServiceDirectory(@Arg("input", () => PublishServiceDirectoryInput) input: PublishServiceDirectoryInput, @Ctx() context: CivilAffairsContext): Promise<ServiceDirectoryView> {
    return publishServiceDirectory(context.dataSource, input, context.principal);
  }
}
