import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { outboxTableOf } from "./table";

/** A sender's names for where a hand-off stands (its GraphQL enum's values). */
export interface DeliveryStates<State> {
  readonly pending: State;
  readonly delivered: State;
  readonly failed: State;
}

/** D3: a hand-off's delivery state is its outbox row's, read in one statement per request batch (STYLE 3). */
export function deliveryStateLoader<State>(dataSource: DataSource, schema: string, states: DeliveryStates<State>): DataLoader<string, State> {
  return new DataLoader(async (outboxIds: readonly string[]) => {
    const rows = (await dataSource.query(
      `SELECT "id", "delivered_at" IS NOT NULL AS "delivered", "failed_at" IS NOT NULL AS "failed" FROM ${outboxTableOf(schema)} WHERE "id" = ANY($1::uuid[])`,
      [[...outboxIds]],
    )) as { id: string; delivered: boolean; failed: boolean }[];
    const byId = new Map(rows.map((row) => [row.id, row.delivered ? states.delivered : row.failed ? states.failed : states.pending]));
    return outboxIds.map((id) => byId.get(id) ?? states.pending);
  });
}

/** The GraphQL enum of a sender's delivery states (`registerEnumType`'s options), described once for every sender. */
export function deliveryEnumOptions(name: string, handOff: string, receiver: string) {
  return {
    name,
    description: `D3: ${handOff}'s hand-off to ${receiver}`,
    valuesConfig: {
      PENDING: { description: `Written, not yet acknowledged by ${receiver}'s intake; retried until it is` },
      DELIVERED: { description: `${receiver}'s intake stored it` },
      FAILED: { description: `${receiver} refused it with a code; an operator looks at it` },
    },
  };
}
