import { writeFile } from "fs/promises";
import { readAuthConfig } from "../shared/auth/config";
import { CITY_ORG, Role } from "../shared/auth/roles";
import { signDevToken } from "../shared/auth/token";
import { envPort } from "../shared/config";
import { isReportFormat, REPORT_FORMATS, reportFileName } from "../shared/report/formats";
import { argument } from "./cli-arguments";

/**
 * `npm run report -- --from 2015-06-01 --to 2018-12-31 --format csv|xlsx|html [--out FILE]`
 * (issue #10): 民政局's report in seed 001's layout, fetched from the running gateway's download
 * (`/reports/care-statistics`), so the file is exactly what the analyst downloads. The token is
 * `--token`, or REPORT_TOKEN, or — in development only, with the development key — a
 * CIVIL_AFFAIRS_ANALYST token signed here. `--gateway` (or GATEWAY_URL) names the gateway.
 */
export interface ReportOptions {
  readonly from: string;
  readonly to: string;
  readonly format: string;
  readonly out?: string;
  readonly gateway: string;
  readonly token?: string;
}

/** Fetches the report and writes it; returns the file written. A refused request throws its code and message. */
export async function runReport(options: ReportOptions): Promise<string> {
  if (!isReportFormat(options.format)) {
    throw new Error(`--format must be one of ${REPORT_FORMATS.join(", ")}`);
  }
  const token = options.token ?? (await signDevToken(readAuthConfig(), { subject: "report-cli", role: Role.CIVIL_AFFAIRS_ANALYST, org: CITY_ORG, expiresIn: "5m" }));
  const url = new URL("/reports/care-statistics", options.gateway);
  url.search = new URLSearchParams({ from: options.from, to: options.to, format: options.format }).toString();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string; extensions?: { code?: string } }[] };
    const error = body.errors?.[0];
    throw new Error(`${error?.extensions?.code ?? response.status}: ${error?.message ?? response.statusText}`);
  }
  const file = options.out ?? reportFileName(options.from, options.to, options.format);
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  return file;
}

async function main(): Promise<void> {
  const from = argument("from");
  const to = argument("to");
  if (from === undefined || to === undefined) {
    throw new Error("Usage: npm run report -- --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|xlsx|html] [--out FILE] [--gateway URL] [--token JWT]");
  }
  const file = await runReport({
    from,
    to,
    format: argument("format") ?? "csv",
    out: argument("out"),
    gateway: argument("gateway") ?? process.env.GATEWAY_URL ?? `http://localhost:${envPort("GATEWAY_PORT", 4000)}`,
    token: argument("token") ?? process.env.REPORT_TOKEN,
  });
  console.log(`wrote ${file}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
