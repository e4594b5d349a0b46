import { envPort } from "../../shared/config";

export const districtConfig = {
  port: envPort("DISTRICT_PORT", 4002),
} as const;
