/** The PostgreSQL schema only the household subgraph reads and writes (D1). */
export const HOUSEHOLD_SCHEMA = "household";
