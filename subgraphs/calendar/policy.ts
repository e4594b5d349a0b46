import { Role, ROLES } from "../../shared/auth/roles";
import { AUDIT_ENTRY_FIELDS } from "../../shared/authz/audit-policy";
import { createsOwnRows, SubgraphPolicy, typePolicy, writesTarget } from "../../shared/authz/policy";
import { activeClosureOn } from "./closure/office-closure.service";
import type { CalendarContext } from "./loaders";

/**
 * 臺北市政府人事處's access policy (D4, D9, issue #8). The city keeps one office calendar; 人事處
 * announces 停止上班, so only its CALENDAR_ADMIN declares and withdraws closures. The calendar holds
 * no personal data (dates, public reasons; who declared is kept in the table, not served), and every
 * role counts deadlines on it, so every role reads it. The auditor reads the audit log as everywhere.
 */
const { CALENDAR_ADMIN, AUDITOR } = Role;

const EVERYONE = [...ROLES];

export const calendarPolicy: SubgraphPolicy = {
  writes: {
    "Mutation.declareOfficeClosure": createsOwnRows("a closure of the city's own calendar, which 人事處 alone keeps (D9)"),
    "Mutation.withdrawOfficeClosure": writesTarget<{ date: string }, CalendarContext>("OfficeClosure", (args, context) =>
      activeClosureOn(context.dataSource, args.date, context.principal),
    ),
  },
  operations: {
    "Query.officeCalendar": EVERYONE,
    "Query.calendarAuditLog": [AUDITOR],
    "Mutation.declareOfficeClosure": [CALENDAR_ADMIN],
    "Mutation.withdrawOfficeClosure": [CALENDAR_ADMIN],
  },
  types: {
    OfficeCalendarYear: typePolicy({ readers: EVERYONE, rowScoped: false, open: ["year", "version", "days", "closures"], personal: {} }),
    OfficeCalendarDay: typePolicy({ readers: EVERYONE, rowScoped: false, open: ["date", "working", "note", "closure"], personal: {} }),
    OfficeClosure: typePolicy({
      readers: EVERYONE,
      rowScoped: false,
      open: ["id", "date", "scope", "reason", "announcedAt", "declaredVersion", "withdrawnAt"],
      personal: {},
    }),
    AuditEntry: typePolicy({ readers: [AUDITOR], rowScoped: false, open: [...AUDIT_ENTRY_FIELDS], personal: {} }),
  },
  rowScope: {},
};
