import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { connectionOf, PAGE_SIZE_DESCRIPTION, pageSize } from "../../../shared/graphql/connection";
import { CareCase } from "../care-case/care-case.entity";
import { DistrictContext } from "../loaders";
import { HandoverLedger } from "./handover-ledger.entity";
import { HandoverLedgerInput } from "./handover-ledger.input";
import { acknowledgeHandoverLedger, receiveHandoverLedger } from "./handover-ledger.service";
import { listLedgersToAcknowledge } from "./ledgers-to-acknowledge";

export const HandoverLedgerConnection = connectionOf("HandoverLedger", HandoverLedger);

/** A ledger after a write, read back through the caller's row scope, its cases fetched afresh. */
function readBack(context: DistrictContext, ledgerId: string): Promise<HandoverLedger | null> {
  context.loaders.careCasesByLedger.clear(ledgerId);
  return context.loaders.handoverLedgerById.clear(ledgerId).load(ledgerId);
}

@Resolver(() => HandoverLedger)
export class HandoverLedgerResolver {
  @Query(() => HandoverLedgerConnection, {
    description: "A4 (issue #11): 附件3 ledgers with a case still to acknowledge, oldest arrival first, a page of whole ledgers at a time (Relay connection)",
  })
  async handoverLedgersToAcknowledge(
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | undefined,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page" }) after: string | undefined,
    @Ctx() context: DistrictContext,
  ): Promise<InstanceType<typeof HandoverLedgerConnection>> {
    const connection = await listLedgersToAcknowledge(context.dataSource, pageSize(first ?? undefined), after ?? undefined, {
      ledger: context.loaders.scopeOf("HandoverLedger", "ledger"),
      waitingCase: context.loaders.scopeOf("CareCase", "waiting"),
    });
    // household's fields of these ledgers (office, date, count) are fetched by key: prime the loader.
    for (const edge of connection.edges) {
      context.loaders.handoverLedgerById.prime(edge.node.id, edge.node);
    }
    return connection;
  }

  @FieldResolver(() => [CareCase], { description: "The care cases the ledger opened, one per form (A4, A6)" })
  careCases(@Root() ledger: HandoverLedger, @Ctx() context: DistrictContext): Promise<CareCase[]> {
    return context.loaders.careCasesByLedger.load(ledger.id);
  }

  @Mutation(() => HandoverLedger, {
    description: "A4/D3: intake of a 附件3 ledger; callable only by household's service for a clerk of the sending office (idempotent by clientKey)",
  })
  async receiveHandoverLedger(@Arg("input") input: HandoverLedgerInput, @Ctx() context: DistrictContext): Promise<HandoverLedger | null> {
    const ledger = await receiveHandoverLedger(context.dataSource, input);
    return readBack(context, ledger.id);
  }

  @Mutation(() => HandoverLedger, { description: "A4: 人文課 acknowledges receipt of the whole ledger (區所核章); again: no change" })
  async acknowledgeHandoverLedger(@Arg("ledgerId", () => ID) ledgerId: string, @Ctx() context: DistrictContext): Promise<HandoverLedger | null> {
    const ledger = await acknowledgeHandoverLedger(context.dataSource, context.principal, ledgerId);
    for (const careCaseId of (await context.loaders.careCasesByLedger.load(ledger.id)).map((careCase) => careCase.id)) {
      context.loaders.careCaseById.clear(careCaseId);
    }
    return readBack(context, ledger.id);
  }
}
