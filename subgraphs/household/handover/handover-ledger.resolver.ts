import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { markInScope, onlyInScope } from "../../../shared/authz/row-scope";
import { notFound } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { ConsentInquiry } from "../consent-inquiry/consent-inquiry.entity";
import { HouseholdContext } from "../loaders";
import { HandoverDelivery, HandoverLedger } from "./handover-ledger.entity";
import { handOverConsentInquiries } from "./handover-ledger.service";

@Resolver(() => HandoverLedger)
export class HandoverLedgerResolver {
  @Query(() => HandoverLedger, { description: "One 附件3 handover ledger" })
  async handoverLedger(@Arg("id", () => ID) id: string, @Ctx() context: HouseholdContext): Promise<HandoverLedger> {
    const ledger = await context.loaders.handoverLedgerById.load(requireUuid(id, "id"));
    if (ledger === null) {
      throw notFound("HandoverLedger");
    }
    return ledger;
  }

  @Query(() => [HandoverLedger], {
    description: "附件3 (A4): the ledgers of one application date the caller's office handed over, by receiving district (issue #11: the console's day list)",
  })
  async handoverLedgers(
    @Arg("date", () => LocalDateScalar, { description: "The application date of the forms (附件3 日期)" }) date: string,
    @Ctx() context: HouseholdContext,
  ): Promise<HandoverLedger[]> {
    const query = context.dataSource
      .getRepository(HandoverLedger)
      .createQueryBuilder("ledger")
      .where("ledger.ledgerDate = :date", { date })
      .orderBy("ledger.receivingDistrictCode", "ASC")
      .addOrderBy("ledger.handedOverAt", "ASC")
      .addOrderBy("ledger.id", "ASC");
    // The office's own ledgers only (ledgersOfOffice): the scope is the filter, so another office's are never listed.
    return markInScope(await onlyInScope(query, context.loaders.scopeOf("HandoverLedger", "ledger")).getMany());
  }

  @FieldResolver(() => [ConsentInquiry], { description: "The list: the consenting 附件1 it hands over (A4)" })
  entries(@Root() ledger: HandoverLedger, @Ctx() context: HouseholdContext): Promise<ConsentInquiry[]> {
    return context.loaders.consentInquiriesByLedger.load(ledger.id);
  }

  @FieldResolver(() => HandoverDelivery, { description: "D3: where the delivery to the district stands" })
  delivery(@Root() ledger: HandoverLedger, @Ctx() context: HouseholdContext): Promise<HandoverDelivery> {
    return context.loaders.deliveryByOutboxId.load(ledger.outboxId);
  }

  @Mutation(() => [HandoverLedger], {
    description: "A4/A5/D3: hand the office's consenting inquiries of one application date over, one 附件3 ledger per receiving district",
  })
  async handOverConsentInquiries(
    @Arg("date", () => LocalDateScalar, { description: "The application date of the forms (附件3 日期)" }) date: string,
    @Ctx() context: HouseholdContext,
  ): Promise<(HandoverLedger | null)[]> {
    const ledgers = await handOverConsentInquiries(context.dataSource, context.principal, date);
    // Read back through the caller's row scope, like every write.
    return Promise.all(ledgers.map((ledger) => context.loaders.handoverLedgerById.load(ledger.id)));
  }
}
