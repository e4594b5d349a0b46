import { rmSync } from "fs";
import { dropPostgresTemplate, POSTGRES_TEMPLATE_ENV, TEMPLATE_ENV } from "./database";

export default async function globalTeardown(): Promise<void> {
  const path = process.env[TEMPLATE_ENV];
  if (path !== undefined) {
    rmSync(path, { force: true });
  }
  const template = process.env[POSTGRES_TEMPLATE_ENV];
  const serverUrl = process.env.DATABASE_URL;
  if (template !== undefined && serverUrl !== undefined && serverUrl !== "") {
    await dropPostgresTemplate(serverUrl, template);
  }
}
