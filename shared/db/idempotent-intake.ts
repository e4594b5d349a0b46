import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { badUserInput, conflict } from "../errors";
import { isUniqueViolation } from "./unique-violation";

export interface IntakeRow extends ObjectLiteral {
  clientKey: string;
}

const CLIENT_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/** A client key is the sender's idempotency token: 8–100 URL-safe characters, no personal data. */
export function requireClientKey(clientKey: string): string {
  if (!CLIENT_KEY.test(clientKey)) {
    throw badUserInput("clientKey must be 8 to 100 characters of letters, digits and . _ : -", "clientKey");
  }
  return clientKey;
}

/**
 * How a retry is told from a reused key. The default compares the whole hand-off: every field of
 * the candidate except those the receiver sets itself — the key columns, instants (a sender's
 * dates are LocalDate strings, a Date is the receiver's clock) and the fields named in
 * `receiverSet` (a status the receiver has moved on since). A function is the older shape, kept
 * for intakes that compare a few fields themselves.
 */
export type IntakeComparison<Row> = ((stored: Row, candidate: Row) => boolean) | { readonly receiverSet: readonly (keyof Row & string)[] };

const ALWAYS_RECEIVER_SET = new Set(["id", "clientKey", "createdAt"]);

/** A stored column and the sent value alike: absent is null, arrays and numbers by value. */
function comparable(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value);
}

/** Issue #7: the same key with any other content is a CONFLICT, not the stored row. */
export function sameHandOffContent<Row extends IntakeRow>(stored: Row, candidate: Row, receiverSet: readonly string[]): boolean {
  return Object.keys(candidate)
    .filter((field) => !ALWAYS_RECEIVER_SET.has(field) && !receiverSet.includes(field) && !(candidate[field] instanceof Date))
    .every((field) => comparable(stored[field]) === comparable(candidate[field]));
}

/**
 * D3: intake mutations are idempotent by the sender's client key. A retry with the same key and
 * the same content returns the row already stored; the same key with different content is a
 * CONFLICT (the sender reused a key); a concurrent duplicate loses the insert race and returns the
 * winner's row. `afterInsert` runs in the insert's transaction, only when this call stored the row
 * (a retry does not run it again): e.g. the receiver's notification of the arrival (issue #8).
 */
export async function intakeOnce<Row extends IntakeRow>(
  dataSource: DataSource,
  target: EntityTarget<Row>,
  candidate: Row,
  comparison: IntakeComparison<Row> = { receiverSet: [] },
  afterInsert?: (manager: EntityManager, row: Row) => Promise<unknown>,
): Promise<Row> {
  const repository = dataSource.getRepository(target);
  const sameContent = typeof comparison === "function" ? comparison : (stored: Row, sent: Row) => sameHandOffContent(stored, sent, comparison.receiverSet);
  const findStored = () => repository.createQueryBuilder("row").where("row.clientKey = :key", { key: candidate.clientKey }).getOne();
  const check = (stored: Row): Row => {
    if (!sameContent(stored, candidate)) {
      throw conflict("This clientKey was already used for a different hand-off");
    }
    return stored;
  };
  const stored = await findStored();
  if (stored !== null) {
    return check(stored);
  }
  try {
    if (afterInsert === undefined) {
      return await repository.save(candidate);
    }
    return await dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(target).save(candidate);
      await afterInsert(manager, saved);
      return saved;
    });
  } catch (error) {
    const winner = isUniqueViolation(error) ? await findStored() : null;
    if (winner === null) {
      throw error;
    }
    return check(winner);
  }
}
