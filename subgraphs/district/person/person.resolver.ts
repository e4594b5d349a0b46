import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CareCase } from "../care-case/care-case.entity";
import { DistrictContext } from "../loaders";
import { Person } from "./person.entity";

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [CareCase], { nullable: true, description: "區公所 care cases of this person, oldest hand-over first" })
  careCases(@Root() person: Person, @Ctx() context: DistrictContext): Promise<CareCase[]> {
    return context.loaders.careCasesByPerson.load(person.id);
  }
}
