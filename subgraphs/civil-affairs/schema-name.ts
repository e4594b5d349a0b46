/** The PostgreSQL schema only the civil-affairs subgraph reads and writes (D1). */
export const CIVIL_AFFAIRS_SCHEMA = "civil_affairs";
