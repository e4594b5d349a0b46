import { Arg, ClassType, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { DataSource } from "typeorm";
import type { Principal } from "../auth/principal";
import { now } from "../clock";
import type { NotificationValue } from "./notification.type";
import { listNotifications, markNotificationsSeen, MAX_NOTIFICATIONS_PAGE } from "./notifications.service";

export interface NotificationsContext {
  readonly principal: Principal;
  readonly dataSource: DataSource;
}

/**
 * `<agency>Notifications(unseenOnly, first)` and `mark<Agency>NotificationsSeen(ids)` for one
 * subgraph, named per agency (federation resolves a root field in one subgraph only). Who may call
 * them, and the write declaration that the notifications are the caller's, belong in the policy (D4).
 */
export function notificationsResolverFor(agency: string, schema: string, type: ClassType<NotificationValue>): ClassType {
  const field = `${agency.charAt(0).toLowerCase()}${agency.slice(1)}Notifications`;

  @Resolver(() => type)
  class NotificationsResolver {
    @Query(() => [type], { name: field, description: `The caller's ${agency} notifications (to them or their unit), newest first` })
    async notifications(
      @Arg("unseenOnly", () => Boolean, { nullable: true, defaultValue: false }) unseenOnly: boolean | null | undefined,
      @Arg("first", () => Int, { nullable: true, description: `1–${MAX_NOTIFICATIONS_PAGE}` }) first: number | null | undefined,
      @Ctx() context: NotificationsContext,
    ): Promise<NotificationValue[]> {
      return listNotifications(context.dataSource, schema, context.principal, { unseenOnly: unseenOnly === true, first: first ?? undefined });
    }

    @Mutation(() => [type], { name: `mark${agency}NotificationsSeen`, description: "Marks the caller's notifications seen; returns them" })
    async markSeen(@Arg("ids", () => [ID]) ids: string[], @Ctx() context: NotificationsContext): Promise<NotificationValue[]> {
      return markNotificationsSeen(context.dataSource, schema, context.principal, ids, now());
    }
  }
  return NotificationsResolver;
}
