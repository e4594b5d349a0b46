/** The PostgreSQL schema only the health subgraph reads and writes (D1). */
export const HEALTH_SCHEMA = "health";
