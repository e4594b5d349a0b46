import { envPort } from "../../shared/config";

export const socialConfig = {
  port: envPort("SOCIAL_PORT", 4003),
} as const;
