import { envPort } from "../../shared/config";

export const healthConfig = {
  port: envPort("HEALTH_PORT", 4004),
} as const;
