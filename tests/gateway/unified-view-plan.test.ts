import { readFileSync } from "fs";
import { join } from "path";
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { PlanNode, QueryPlanner, SubscriptionNode } from "@apollo/query-planner";
import { parse } from "graphql";
import { UNIFIED_PERSON_QUERY } from "../../scripts/operations/unified-view";
import { ConsoleUnifiedCaseDocument } from "../../web/src/gql/graphql";

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

function fetchesPerAgency(rounds: string[][]): Record<string, number> {
  const fetches = rounds.flat();
  return Object.fromEntries([...new Set(fetches)].map((agency) => [agency, fetches.filter((fetch) => fetch === agency).length]));
}

/**
 * Issue #13 (D2): the planner's work for one person's unified case view, as @apollo/query-planner
 * 2.14 plans this selection over these ownerships (D1): at most one fetch per agency, in at most
 * two rounds. A schema or selection change that adds a fetch or a round fails here.
 *
 * How, within D1 (each agency answers only its own data):
 * - Round 1 is household: every other agency keys on its Person.
 * - Round 2 is district, social and health side by side, each once, all from the Person. The JS
 *   planner never merges two fetches to one subgraph that start from different paths, so nothing
 *   in the view may start from another entity: a care case's referrals are read as the person's
 *   referrals carrying their careCaseId (the district refers a case for the case's person, D3),
 *   not from each CareCase (a third round: only district knows a person's cases); a 附件1's care
 *   case is read from Person.registrationInquiries, which `@requires` household's inquiry keys
 *   and so joins district's one fetch, not from the registration's ConsentInquiry (a second
 *   district fetch from another path).
 */
describe("the unified person view's query plan (issue #13)", () => {
  const supergraph = Supergraph.build(readFileSync(join(__dirname, "../../supergraph.graphql"), "utf8"));
  const plan = new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.schema, parse(UNIFIED_PERSON_QUERY)));
  const rounds = roundsOf(plan.node).map((round) => [...round].sort());

  it("should plan household first, then district, social and health side by side", () => {
    expect(rounds).toEqual([["household"], ["district", "health", "social"]]);
  });

  it("should fetch each agency once", () => {
    expect(fetchesPerAgency(rounds)).toEqual({ household: 1, district: 1, social: 1, health: 1 });
  });

  it("should plan the console's unified case view (web/) likewise, with 民政局's and the partners' referrals in civil-affairs' one fetch", () => {
    const consoleRounds = roundsOf(new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.schema, ConsoleUnifiedCaseDocument)).node).map((round) => [...round].sort());

    expect(consoleRounds).toEqual([["household"], ["civil-affairs", "district", "health", "social"]]);
    expect(fetchesPerAgency(consoleRounds)).toEqual({ household: 1, district: 1, social: 1, health: 1, "civil-affairs": 1 });
  });
});
