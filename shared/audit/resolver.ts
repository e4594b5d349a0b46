import type { GraphQLResolveInfo } from "graphql";
import { Arg, ClassType, Ctx, Info, Query, Resolver } from "type-graphql";
import type { DataSource } from "typeorm";
import { AuditEntry, AuditFilter } from "./audit-entry.type";
import type { AuditCollector } from "./collector";
import { queryAuditLog } from "./query";
import { selectedFieldsOf } from "./selected-fields";

/** What the audit query needs from a subgraph's context (SubgraphContext has it). */
export interface AuditQueryContext {
  readonly dataSource: DataSource;
  /** The request's records of use: the auditor's own reads go there too (issue #14). */
  readonly audit?: AuditCollector;
}

/** The type name the auditor's reads are recorded under: one record of use read, by its id. */
export const AUDIT_ENTRY_TYPE = "AuditEntry";

/**
 * The root field `<agency>AuditLog(filter: AuditFilter!): [AuditEntry!]!` for one subgraph. Each
 * agency gets its own field name because federation resolves a shared root field in one subgraph
 * only; an auditor asks all four in one operation through the gateway (issue #4). Who may call it
 * (AUDITOR) belongs in the subgraph's policy table (D4), not here.
 *
 * The auditor is audited too (issue #14): who looked at whose records of use is itself a use of
 * that person's data, so every row handed out is recorded — with the person it is about and the
 * fields selected — in the same agency's log, written before the answer leaves (audit plugin).
 * The policy cannot do it: AuditEntry's fields are open to the auditor, not personal.
 */
export function auditLogResolverFor(agency: string, schema: string): ClassType {
  @Resolver(() => AuditEntry)
  class AuditLogResolver {
    @Query(() => [AuditEntry], { name: `${agency}AuditLog`, description: `Records of use kept by ${agency} (PDPA), newest first` })
    async auditLog(@Arg("filter", () => AuditFilter) filter: AuditFilter, @Ctx() context: AuditQueryContext, @Info() info: GraphQLResolveInfo): Promise<AuditEntry[]> {
      const entries = await queryAuditLog(context.dataSource, schema, filter);
      const fields = selectedFieldsOf(info);
      for (const entry of entries) {
        for (const field of fields) {
          context.audit?.record({ personId: entry.personId, entityType: AUDIT_ENTRY_TYPE, entityId: entry.id, field });
        }
      }
      return entries;
    }
  }
  return AuditLogResolver;
}
