import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import type { SubgraphPolicy } from "../../../shared/authz/policy";
import { ScopePredicate, scopeCondition } from "../../../shared/authz/row-scope";
import { scopedLoaderById } from "../../../shared/authz/scoped-loaders";
import type { ScopeOf } from "../../../shared/authz/scoped-loaders";
import { loaderGroupedBy } from "../../../shared/db/loaders";
import type { Deadline } from "../../../shared/deadlines/deadline.type";
import { createDeadlineLoader } from "../../../shared/deadlines/loader";
import { FOLLOW_UP_SUBJECT, healthDeadlines } from "../deadlines";
import { VaccinationFollowUp } from "./vaccination-follow-up.entity";
import { VaccinationReminder } from "./vaccination-reminder.entity";

/** B4's request-scoped loaders (STYLE 3). */
export interface VaccinationLoaders {
  /** Flagged with the caller's row scope (a write's target, a reference). */
  readonly followUpById: DataLoader<string, VaccinationFollowUp | null>;
  /** The caller's row scope of follow-ups, for lists. */
  readonly scope: ScopeOf;
  /** A follow-up's reminders, oldest first (reached only through the scoped follow-up). */
  readonly remindersByFollowUp: DataLoader<string, VaccinationReminder[]>;
  readonly deadlinesByFollowUp: DataLoader<string, Deadline[]>;
}

export function vaccinationLoaders(dataSource: DataSource, principal: Principal, policy: SubgraphPolicy, scopes: Readonly<Record<string, ScopePredicate>>): VaccinationLoaders {
  const scope: ScopeOf = (alias) => scopeCondition(policy, scopes, "VaccinationFollowUp", alias, principal);
  return {
    followUpById: scopedLoaderById(dataSource, VaccinationFollowUp, scope),
    scope,
    remindersByFollowUp: loaderGroupedBy(dataSource, VaccinationReminder, "followUpId", "remindedOn"),
    deadlinesByFollowUp: createDeadlineLoader(dataSource, healthDeadlines.config, FOLLOW_UP_SUBJECT),
  };
}
