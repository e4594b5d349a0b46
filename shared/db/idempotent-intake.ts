import { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
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
 * D3: intake mutations are idempotent by the sender's client key. A retry with the same key and
 * the same content returns the row already stored; the same key with different content is a
 * CONFLICT (the sender reused a key); a concurrent duplicate loses the insert race and returns the
 * winner's row.
 */
export async function intakeOnce<Row extends IntakeRow>(
  dataSource: DataSource,
  target: EntityTarget<Row>,
  candidate: Row,
  sameContent: (stored: Row, candidate: Row) => boolean,
): Promise<Row> {
  const repository = dataSource.getRepository(target);
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
    return await repository.save(candidate);
  } catch (error) {
    const winner = isUniqueViolation(error) ? await findStored() : null;
    if (winner === null) {
      throw error;
    }
    return check(winner);
  }
}
