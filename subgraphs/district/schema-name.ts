/** The PostgreSQL schema only the district subgraph reads and writes (D1). */
export const DISTRICT_SCHEMA = "district";
