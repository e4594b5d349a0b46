import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { markInScope, onlyInScope, ScopeCondition } from "../../../shared/authz/row-scope";
import { scopedLoaderById } from "../../../shared/authz/scoped-loaders";
import { TeenParentSurvey } from "./teen-parent-survey.entity";

export interface SurveyLoaders {
  /** By key, flagged with the caller's row scope (issue #4). */
  readonly teenParentSurveyById: DataLoader<string, TeenParentSurvey | null>;
  /** A registration's survey, in scope only. */
  readonly teenParentSurveyByRegistration: DataLoader<string, TeenParentSurvey | null>;
}

export function surveyLoaders(dataSource: DataSource, scopeOf: (typeName: string, alias: string) => ScopeCondition): SurveyLoaders {
  return {
    teenParentSurveyById: scopedLoaderById(dataSource, TeenParentSurvey, (alias) => scopeOf("TeenParentSurvey", alias)),
    teenParentSurveyByRegistration: new DataLoader(async (registrationIds: readonly string[]) => {
      const query = dataSource.getRepository(TeenParentSurvey).createQueryBuilder("survey").where("survey.registrationId = ANY(:ids)", { ids: [...registrationIds] });
      const rows = markInScope(await onlyInScope(query, scopeOf("TeenParentSurvey", "survey")).getMany());
      const byRegistration = new Map(rows.map((row) => [row.registrationId, row]));
      return registrationIds.map((id) => byRegistration.get(id) ?? null);
    }),
  };
}
