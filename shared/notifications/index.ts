/** In-platform notifications (issue #8): per-agency table, writers, the caller's list and the "seen" mutation. */
export { NOTIFICATION_FIELDS, notificationTypeOf } from "./notification.type";
export type { NotificationValue } from "./notification.type";
export { loadSeenTarget, listNotifications, markNotificationsSeen, notificationLoader, requireNotificationIds } from "./notifications.service";
export type { LoadedNotification } from "./notifications.service";
export { notify } from "./notify";
export type { NewNotification } from "./notify";
export type { Recipient } from "./recipient";
export { notificationsResolverFor } from "./resolver";
export { NOTIFICATIONS_TABLE, notificationsMigration, notificationsTableOf } from "./table";
