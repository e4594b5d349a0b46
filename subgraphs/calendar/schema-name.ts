/** The PostgreSQL schema only the calendar subgraph reads and writes (D1). */
export const CALENDAR_SCHEMA = "calendar";
