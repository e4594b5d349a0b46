import type { Logger as TypeOrmLogger } from "typeorm";
import type { Logger } from "../logger";

/**
 * TypeORM calls its logger for every statement it sends to the driver, so this is where a
 * subgraph counts its SQL (the N+1 tests compare these counts) and reports failures — by
 * Postgres error code only: messages and parameters can carry personal data.
 */
export class QueryCounter implements TypeOrmLogger {
  private statements = 0;

  constructor(private readonly appLog?: Logger) {}

  get count(): number {
    return this.statements;
  }

  reset(): void {
    this.statements = 0;
  }

  logQuery(): void {
    this.statements += 1;
  }

  logQueryError(error: string | Error): void {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "unknown";
    this.appLog?.warn({ sqlState: code }, "database statement failed");
  }

  logQuerySlow(time: number): void {
    this.appLog?.warn({ ms: time }, "slow database statement");
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.appLog?.debug({ migration: message }, "migration");
  }

  log(level: "log" | "info" | "warn"): void {
    if (level === "warn") {
      this.appLog?.warn("database driver warning");
    }
  }
}
