import { Arg, ClassType, Ctx, Mutation, Resolver } from "type-graphql";
import type { DataSource } from "typeorm";
import { closureIntakeNames } from "./names";
import { OfficeClosureNotice, ReceivedOfficeClosure } from "./notice";
import { ClosureReceiverSpec, receiveOfficeClosure } from "./receiver";

export interface ClosureReceiverContext {
  readonly dataSource: DataSource;
}

/**
 * The mutation `receive<Agency>OfficeClosure(input)` of one deadline-owning agency (issue #8, D3).
 * Who may call it — a CALENDAR_ADMIN, only through the calendar service's token — is the agency's
 * policy (D4: `onlyThrough("calendar", …)`), not this resolver's.
 */
export function closureReceiverResolver(agency: string, spec: ClosureReceiverSpec): ClassType {
  const names = closureIntakeNames(agency);

  @Resolver(() => ReceivedOfficeClosure)
  class ClosureReceiverResolver {
    @Mutation(() => ReceivedOfficeClosure, {
      name: names.field,
      description: `A city closure (停止上班) from the office calendar's owner, stored by ${agency} once per clientKey; its open deadlines are recomputed (issue #8)`,
    })
    receive(@Arg("input", () => OfficeClosureNotice) input: OfficeClosureNotice, @Ctx() context: ClosureReceiverContext): Promise<ReceivedOfficeClosure> {
      return receiveOfficeClosure(context.dataSource, spec, input);
    }
  }
  return ClosureReceiverResolver;
}
