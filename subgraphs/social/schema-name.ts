/** The PostgreSQL schema only the social subgraph reads and writes (D1). */
export const SOCIAL_SCHEMA = "social";
