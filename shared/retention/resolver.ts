import { Arg, ClassType, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { DataSource } from "typeorm";
import type { Principal } from "../auth/principal";
import { legalHoldsOf, liftLegalHold, placeLegalHold } from "./holds";
import { retentionFieldNames } from "./names";
import { LegalHold, RetentionSetting } from "./retention.types";
import { retentionSettingOf, setRetention } from "./settings";

export interface RetentionContext {
  readonly dataSource: DataSource;
  readonly principal: Principal;
}

/** Where an agency keeps its retention tables and what its holds hold (e.g. CareCase). */
export interface RetentionSpec {
  readonly agency: string;
  readonly schema: string;
  readonly subjectType: string;
}

/**
 * One agency's retention fields (issue #9, A9). Who may call them, which organisation a setting is
 * for (`actsFor`: the caller's own) and which subject a hold may name (in the caller's scope) are
 * the agency's policy (D4, shared/retention/policy.ts), decided before these run.
 */
export function retentionResolverFor(spec: RetentionSpec): ClassType {
  const names = retentionFieldNames(spec.agency);

  @Resolver()
  class RetentionResolver {
    @Query(() => RetentionSetting, { name: names.setting, description: `The retention period of the caller's organisation in ${spec.agency} (A9; null: off)` })
    setting(@Ctx() context: RetentionContext): Promise<RetentionSetting> {
      return retentionSettingOf(context.dataSource, spec.schema, context.principal.org);
    }

    @Query(() => [LegalHold], { name: names.holds, description: `The legal holds the caller's organisation placed in ${spec.agency}, newest first` })
    holds(@Ctx() context: RetentionContext): Promise<LegalHold[]> {
      return legalHoldsOf(context.dataSource, spec.schema, context.principal.org);
    }

    @Mutation(() => RetentionSetting, {
      name: names.set,
      description: "Sets how many months after closing the organisation keeps closed cases and their records (A9: at least 12); null turns the purge off",
    })
    set(
      @Arg("org", { description: "The caller's own organisation" }) org: string,
      @Arg("periodMonths", () => Int, { nullable: true }) periodMonths: number | null | undefined,
      @Ctx() context: RetentionContext,
    ): Promise<RetentionSetting> {
      return setRetention(context.dataSource, spec.schema, context.principal, org, periodMonths);
    }

    @Mutation(() => LegalHold, { name: names.place, description: `Keeps one ${spec.subjectType} from the purge until the hold is lifted; a second hold in force is a CONFLICT` })
    place(@Arg("subjectId", () => ID) subjectId: string, @Arg("reason") reason: string, @Ctx() context: RetentionContext): Promise<LegalHold> {
      return placeLegalHold(context.dataSource, spec.schema, context.principal, { type: spec.subjectType, id: subjectId.toLowerCase() }, reason);
    }

    @Mutation(() => LegalHold, { name: names.lift, description: "Lifts a hold in force, with the reason; the next purge may then remove its subject" })
    lift(@Arg("holdId", () => ID) holdId: string, @Arg("reason") reason: string, @Ctx() context: RetentionContext): Promise<LegalHold> {
      return liftLegalHold(context.dataSource, spec.schema, context.principal, holdId, reason);
    }
  }
  return RetentionResolver;
}
