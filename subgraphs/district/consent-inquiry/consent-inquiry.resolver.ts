import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CareCase } from "../care-case/care-case.entity";
import { DistrictContext } from "../loaders";
import { ConsentInquiry } from "./consent-inquiry.entity";

@Resolver(() => ConsentInquiry)
export class ConsentInquiryResolver {
  @FieldResolver(() => CareCase, { nullable: true, description: "D3: the care case the hand-over opened (absent until it arrives)" })
  careCase(@Root() inquiry: ConsentInquiry, @Ctx() context: DistrictContext): Promise<CareCase | null> {
    return context.loaders.careCaseByConsentInquiry.load(inquiry.id);
  }
}
