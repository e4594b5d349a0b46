import { isConnectionLost } from "../../shared/db/connection-errors";

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Issue #14: which failures say "the database is away" (SERVICE_UNAVAILABLE, worth a retry) rather than a bug. */
describe("isConnectionLost", () => {
  it("should know a server shutting down, starting up or unreachable", () => {
    expect(isConnectionLost(withCode("terminating connection due to administrator command", "57P01"))).toBe(true);
    expect(isConnectionLost(withCode("the database system is starting up", "57P03"))).toBe(true);
    expect(isConnectionLost(withCode("connect ECONNREFUSED", "ECONNREFUSED"))).toBe(true);
    expect(isConnectionLost(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isConnectionLost(new Error("Client has encountered a connection error and is not queryable"))).toBe(true);
    // typeorm's QueryFailedError keeps the driver's error beside its own message.
    expect(isConnectionLost(Object.assign(new Error("query failed"), { driverError: withCode("x", "08006") }))).toBe(true);
  });

  it("should not take a statement's own failure for one", () => {
    expect(isConnectionLost(withCode("duplicate key value violates unique constraint", "23505"))).toBe(false);
    expect(isConnectionLost(withCode("canceling statement due to statement timeout", "57014"))).toBe(false);
    expect(isConnectionLost(new Error("Person not found"))).toBe(false);
    expect(isConnectionLost("57P01")).toBe(false);
  });
});
