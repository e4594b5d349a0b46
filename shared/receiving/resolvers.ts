import { Arg, ClassType, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { DataSource } from "typeorm";
import { notFound } from "../errors";
import { EntityStub } from "../federation/entity-stub";
import { connectionOf, PAGE_SIZE_DESCRIPTION, pageSize } from "../graphql/connection";
import { requireUuid } from "../graphql/ids";
import { LocalDateScalar } from "../graphql/scalars";
import { notificationTypeOf } from "../notifications/notification.type";
import { notificationsResolverFor } from "../notifications/resolver";
import { reportClosedToDistrict } from "./closing";
import { receivingInboxResolver } from "./inbox";
import { closeReferral, ReferralTables } from "./lifecycle";
import { listReferrals } from "./listing";
import { ReceivingContext, receivingLoadersOf } from "./loaders";
import { receivingNames, ReceivingAgency } from "./names";
import { ReceivedReferralRow } from "./referral.entity";
import { ServiceRecordBase } from "./service-record.entity";
import { ServiceInputBase } from "./service-record.input";

/** A receiving agency's parts that its resolvers wire together; everything in it is the agency's own. */
export interface ReceivingResolverSpec<Referral extends ReceivedReferralRow, Contact extends ServiceRecordBase, Input extends object, ServiceInput extends ServiceInputBase, Filter extends object> {
  readonly agency: ReceivingAgency;
  readonly tables: ReferralTables<Referral, Contact> & { readonly referrals: ClassType<Referral> };
  readonly referralInput: ClassType<Input>;
  readonly serviceInput: ClassType<ServiceInput>;
  readonly filter: ClassType<Filter>;
  /** The subgraph's own stubs of household's Person and the district's CareCase (shared/federation/entity-stub.ts). */
  readonly person: new (id: string) => EntityStub;
  readonly careCase: new (id: string) => EntityStub;
  /** A9/D3: the agency's intake (shared/receiving/intake.ts with its rules). */
  receive(dataSource: DataSource, input: Input): Promise<Referral>;
  /** A10: records a contact (shared/receiving/lifecycle.ts `recordService` with the agency's own fields). */
  recordService(dataSource: DataSource, input: ServiceInput): Promise<Referral>;
  /** The referral properties a list filter asks for (undefined: not filtered). */
  filterBy(filter: Filter): Readonly<Record<string, string | undefined>>;
}

/**
 * The resolvers of a receiving agency (issue #7), one set for all: the referral's queries, its
 * lifecycle mutations (A9, A10, D3) and fields, the referrals it adds to household's Person and
 * the district's CareCase so the sender sees its hand-off arrived (D3), and the serving unit's
 * inbox and notifications (issue #8). Like `auditLogResolverFor`,
 * each call makes the agency's own classes: type-graphql's metadata is global, and the field and
 * operation names carry the agency's prefix.
 */
export function receivingResolvers<Referral extends ReceivedReferralRow, Contact extends ServiceRecordBase, Input extends object, ServiceInput extends ServiceInputBase, Filter extends object>(
  spec: ReceivingResolverSpec<Referral, Contact, Input, ServiceInput, Filter>,
): [ClassType, ...ClassType[]] {
  const { agency, tables } = spec;
  const names = receivingNames(agency);
  const ReferralConnection = connectionOf(names.referralType, tables.referrals);
  type Context = ReceivingContext<Referral, Contact>;
  const loadersOf = receivingLoadersOf<Referral, Contact>(agency);

  @Resolver(() => tables.referrals)
  class ReferralResolver {
    @Query(() => tables.referrals, { name: names.referralQuery, description: `One referral received by ${agency.agency}, by ID` })
    async referral(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Referral> {
      const referral = await loadersOf(context).referralById.load(requireUuid(id, "id"));
      if (referral === null) {
        throw notFound(names.referralType);
      }
      return referral;
    }

    @Query(() => ReferralConnection, { name: names.referralList, description: `Referrals received by ${agency.agency}, a page at a time, ordered by ID` })
    async referrals(
      @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | undefined,
      @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page" }) after: string | undefined,
      @Arg("filter", () => spec.filter, { nullable: true }) filter: Filter | undefined,
      @Ctx() context: Context,
    ): Promise<InstanceType<typeof ReferralConnection>> {
      const page = { limit: pageSize(first ?? undefined), after: after ?? undefined };
      const equal = filter === undefined || filter === null ? {} : spec.filterBy(filter);
      const connection = await listReferrals(context.dataSource, tables.referrals, equal, page, (alias) => loadersOf(context).scopeOf(names.referralType, alias));
      for (const edge of connection.edges) {
        loadersOf(context).referralById.prime(edge.node.id, edge.node);
      }
      return connection;
    }

    @FieldResolver(() => spec.careCase, { description: "The referring district's care case" })
    careCase(@Root() referral: Referral): EntityStub {
      return new spec.careCase(referral.careCaseId);
    }

    @FieldResolver(() => spec.person, { description: "The person served" })
    person(@Root() referral: Referral): EntityStub {
      return new spec.person(referral.personId);
    }

    @FieldResolver(() => [tables.contacts], { description: "Service contacts, by service date" })
    services(@Root() referral: Referral, @Ctx() context: Context): Promise<Contact[]> {
      return loadersOf(context).servicesByReferral.load(referral.id);
    }

    @Mutation(() => tables.referrals, { name: names.receive, description: `A9/D3: a district refers a family to ${agency.agency}; idempotent by clientKey` })
    async receive(@Arg("input", () => spec.referralInput) input: Input, @Ctx() context: Context): Promise<Referral | null> {
      const referral = await spec.receive(context.dataSource, input);
      // Read back through the caller's row scope: what they may see of what they wrote.
      return loadersOf(context).referralById.load(referral.id);
    }

    @Mutation(() => tables.referrals, {
      name: names.recordService,
      description: `A10: record a ${agency.staffNoun}'s contact; the first puts the referral in service (RECEIVED → IN_SERVICE)`,
    })
    async recordService(@Arg("input", () => spec.serviceInput) input: ServiceInput, @Ctx() context: Context): Promise<Referral | null> {
      const referral = await spec.recordService(context.dataSource, input);
      return loadersOf(context).referralById.clear(referral.id).load(referral.id);
    }

    @Mutation(() => tables.referrals, { name: names.close, description: "A10: 結案, after a reassessment found no further need; the referring district is told (its case closes with its last part)" })
    async close(
      @Arg("referralId", () => ID) referralId: string,
      @Arg("closedOn", () => LocalDateScalar) closedOn: string,
      @Ctx() context: Context,
    ): Promise<Referral | null> {
      // Issue #9 (A10, D3): the closing and its report to the referring district, in one transaction.
      const referral = await closeReferral(context.dataSource, tables, referralId, closedOn, reportClosedToDistrict(context.principal));
      return loadersOf(context).referralById.clear(referral.id).load(referral.id);
    }
  }

  @Resolver(() => spec.person)
  class PersonReferralsResolver {
    @FieldResolver(() => [tables.referrals], { name: names.onStubs, nullable: true, description: `Referrals ${agency.agency} received for this person, by referral date` })
    referrals(@Root() person: EntityStub, @Ctx() context: Context): Promise<Referral[]> {
      return loadersOf(context).referralsByPerson.load(person.id);
    }
  }

  @Resolver(() => spec.careCase)
  class CareCaseReferralsResolver {
    @FieldResolver(() => [tables.referrals], { name: names.onStubs, nullable: true, description: `D3: the case's referrals as ${agency.agency} received them` })
    referrals(@Root() careCase: EntityStub, @Ctx() context: Context): Promise<Referral[]> {
      return loadersOf(context).referralsByCareCase.load(careCase.id);
    }
  }

  return [
    ReferralResolver,
    PersonReferralsResolver,
    CareCaseReferralsResolver,
    receivingInboxResolver<Referral, Contact>(agency, tables.referrals),
    notificationsResolverFor(agency.prefix, agency.schema, notificationTypeOf(agency.prefix)),
  ];
}
