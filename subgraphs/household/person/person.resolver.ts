import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { badUserInput, notFound } from "../../../shared/errors";
import { connectionOf, PAGE_SIZE_DESCRIPTION, pageSize } from "../../../shared/graphql/connection";
import { requireUuid } from "../../../shared/graphql/ids";
import { Household } from "../household/household.entity";
import { HouseholdContext } from "../loaders";
import { Registration } from "../registration/registration.entity";
import { Person } from "./person.entity";
import { PersonFilter, RegisterHouseholdInput, RegisterPersonInput } from "./person.input";
import { listPersons, registerHousehold, registerPerson } from "./person.service";

export const PersonConnection = connectionOf("Person", Person);

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { description: "One person, with every agency's part of their case (the unified case view)" })
  async person(@Arg("id", () => ID) id: string, @Ctx() context: HouseholdContext): Promise<Person> {
    const person = await context.loaders.personById.load(requireUuid(id, "id"));
    if (person === null) {
      throw notFound("Person");
    }
    return person;
  }

  @Query(() => PersonConnection, { description: "Persons, a page at a time (Relay connection), ordered by ID" })
  async persons(
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | undefined,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page" }) after: string | undefined,
    @Arg("filter", () => PersonFilter, { nullable: true }) filter: PersonFilter | undefined,
    @Ctx() context: HouseholdContext,
  ): Promise<InstanceType<typeof PersonConnection>> {
    if ((context.purpose ?? "").trim() === "") {
      // Issue #4: a search across persons must declare why (x-purpose), for the record of use.
      throw badUserInput("Searching persons requires the x-purpose header", "x-purpose");
    }
    // The page primes personById: later fields of these persons (other agencies' parts) are fetched by ID.
    return listPersons(context.dataSource, filter ?? {}, pageSize(first), after, context.loaders);
  }

  @FieldResolver(() => Household, { nullable: true, description: "戶: the person's household" })
  household(@Root() person: Person, @Ctx() context: HouseholdContext): Promise<Household | null> {
    return person.householdId === null ? Promise.resolve(null) : context.loaders.householdById.load(person.householdId);
  }

  @FieldResolver(() => [Registration], { description: "Registrations the person takes part in" })
  registrations(@Root() person: Person, @Ctx() context: HouseholdContext): Promise<Registration[]> {
    return context.loaders.registrationsByPerson.load(person.id);
  }

  @Mutation(() => Household, { description: "Register a household (data loading; workflows come later)" })
  async registerHousehold(@Arg("input") input: RegisterHouseholdInput, @Ctx() context: HouseholdContext): Promise<Household | null> {
    const household = await registerHousehold(context.dataSource, input);
    // Read back through the caller's row scope: what they may see of what they wrote.
    return context.loaders.householdById.load(household.id);
  }

  @Mutation(() => Person, { description: "Register a person (data loading; workflows come later)" })
  async registerPerson(@Arg("input") input: RegisterPersonInput, @Ctx() context: HouseholdContext): Promise<Person | null> {
    const person = await registerPerson(context.dataSource, input, context.principal.org);
    return context.loaders.personById.load(person.id);
  }
}
