/** The PostgreSQL schema only the police subgraph reads and writes (D1). */
export const POLICE_SCHEMA = "police";
