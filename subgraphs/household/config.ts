import { envPort } from "../../shared/config";

export const householdConfig = {
  port: envPort("HOUSEHOLD_PORT", 4001),
} as const;
