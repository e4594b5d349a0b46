import { readFileSync } from "fs";
import { join } from "path";
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { PlanNode, QueryPlanner, SubscriptionNode } from "@apollo/query-planner";
import { parse } from "graphql";
import { UNIFIED_PERSON_QUERY } from "../../scripts/operations/unified-view";

/** A plan as rounds: the subgraph fetches that run side by side, one round after another. */
function roundsOf(node: PlanNode | SubscriptionNode | undefined): string[][] {
  if (node === undefined) {
    return [];
  }
  switch (node.kind) {
    case "Fetch":
      return [[node.serviceName]];
    case "Flatten":
      return roundsOf(node.node);
    case "Sequence":
      return node.nodes.flatMap(roundsOf);
    case "Parallel": {
      // Branches run at once; each branch's own rounds line up with the others' by depth.
      const merged: string[][] = [];
      for (const branch of node.nodes.map(roundsOf)) {
        branch.forEach((fetches, depth) => merged[depth] = [...(merged[depth] ?? []), ...fetches]);
      }
      return merged;
    }
    default:
      throw new Error(`The unified view's plan has an unexpected ${node.kind} node`);
  }
}

/**
 * Issue #13 (D2): the planner's work for one person's unified case view. The target is one fetch
 * per agency in two rounds; what @apollo/query-planner 2.14 makes of this selection over these
 * ownerships (D1) is asserted here, so a schema change that adds a fetch or a round fails.
 *
 * Why it is not lower, studied for the issue:
 * - Round 3 (social's and health's referrals of each care case) waits for district's careCases:
 *   the CareCase keys exist only in district, which needs the Person's key from household first.
 *   Only district knows all of a person's care cases, so no other agency may answer `careCases`
 *   (@shareable would claim the same list from social or health, which hold only the referred ones).
 * - district, social and health are each fetched twice: once from the Person (careCases,
 *   socialReferrals, healthReferrals) and once from another entity (ConsentInquiry.careCase, and
 *   each CareCase's referrals). The JS planner never merges fetches to one subgraph that start
 *   from different paths; no key, @provides or @requires changes that, because the second fetch
 *   needs data (the CareCase or ConsentInquiry keys) that only the first round returns.
 * Hive's planner merges district's two into one (6 fetches); the rounds stay three.
 */
describe("the unified person view's query plan (issue #13)", () => {
  const supergraph = Supergraph.build(readFileSync(join(__dirname, "../../supergraph.graphql"), "utf8"));
  const plan = new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.schema, parse(UNIFIED_PERSON_QUERY)));
  const rounds = roundsOf(plan.node).map((round) => [...round].sort());

  it("should plan household first, then district, social and health side by side, then the care cases' referrals", () => {
    expect(rounds).toEqual([["household"], ["district", "district", "health", "social"], ["health", "social"]]);
  });

  it("should fetch each agency at most twice, and household, which every other agency keys on, once", () => {
    const fetches = rounds.flat();
    const perAgency = Object.fromEntries([...new Set(fetches)].map((agency) => [agency, fetches.filter((fetch) => fetch === agency).length]));

    expect(perAgency).toEqual({ household: 1, district: 2, social: 2, health: 2 });
  });
});
