import { rmSync } from "fs";
import { TEMPLATE_ENV } from "./database";

export default async function globalTeardown(): Promise<void> {
  const path = process.env[TEMPLATE_ENV];
  if (path !== undefined) {
    rmSync(path, { force: true });
  }
}
