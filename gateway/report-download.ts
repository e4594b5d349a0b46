import { IncomingMessage, ServerResponse } from "http";
import { ApolloServer, HeaderMap, HTTPGraphQLRequest } from "@apollo/server";
import { ErrorCode } from "../shared/errors";
import { RouteHandler, sendGraphQLError } from "../shared/http/serve";
import { careReportOf, IncompleteReport } from "../shared/report/care-report.model";
import { CARE_REPORT_QUERY, CareReportAnswer } from "../shared/report/care-report.query";
import { CONTENT_TYPES, isReportFormat, renderReport, REPORT_FORMATS, reportFileName } from "../shared/report/formats";

/** The path of 民政局's report download (issue #10): `?from=YYYY-MM-DD&to=YYYY-MM-DD&format=csv|xlsx|html`. */
export const REPORT_PATH = "/reports/care-statistics";

/** Codes a caller can cause, as HTTP statuses; anything else is the platform's failure (502). */
const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

interface GraphQLAnswer {
  readonly data?: CareReportAnswer | null;
  readonly errors?: readonly { readonly message: string; readonly extensions?: { readonly code?: string } }[];
}

function sendError(response: ServerResponse, code: string, message: string): void {
  sendGraphQLError(response, STATUS_OF_CODE[code] ?? 502, code, message);
}

/** The caller's headers that the gateway's context reads (token, purpose), as a GraphQL POST carries them. */
function graphQLRequestFor(request: IncomingMessage, from: string, to: string): HTTPGraphQLRequest {
  const headers = new HeaderMap([["content-type", "application/json"]]);
  for (const name of ["authorization", "x-purpose"]) {
    const value = request.headers[name];
    if (typeof value === "string") {
      headers.set(name, value);
    }
  }
  return { method: "POST", headers, search: "", body: { query: CARE_REPORT_QUERY, operationName: "CareReport", variables: { from, to } } };
}

/**
 * The same report as `npm run report`, as a download: the query runs through this gateway's own
 * pipeline with the caller's token (so authentication, limits, the analyst-only policy of every
 * subgraph and the audit all apply as for any query), then the answer is laid out and rendered.
 * Any error of the query is the download's error, with its code: never a half report.
 */
export function reportDownload<Context extends object>(
  server: ApolloServer<Context>,
  contextFor: (request: IncomingMessage, graphQLRequest: HTTPGraphQLRequest) => Promise<Context>,
): RouteHandler {
  return async (request, response, url) => {
    const from = url.searchParams.get("from") ?? "";
    const to = url.searchParams.get("to") ?? "";
    const format = url.searchParams.get("format") ?? "csv";
    if (!isReportFormat(format)) {
      sendError(response, ErrorCode.BAD_USER_INPUT, `format must be one of ${REPORT_FORMATS.join(", ")}`);
      return;
    }
    const httpGraphQLRequest = graphQLRequestFor(request, from, to);
    const result = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => contextFor(request, httpGraphQLRequest) });
    const answer = JSON.parse(result.body.kind === "complete" ? result.body.string : "{}") as GraphQLAnswer;
    const error = answer.errors?.[0];
    if (error !== undefined || answer.data === undefined || answer.data === null) {
      sendError(response, error?.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR, error?.message ?? "The statistics did not answer");
      return;
    }
    let body: Buffer;
    try {
      body = await renderReport(careReportOf(from, to, answer.data), format);
    } catch (failure) {
      if (failure instanceof IncompleteReport) {
        sendError(response, ErrorCode.INTERNAL_SERVER_ERROR, "An agency's statistics did not answer");
        return;
      }
      throw failure;
    }
    response.writeHead(200, {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${reportFileName(from, to, format)}"`,
      "cache-control": "no-store",
    });
    response.end(body);
  };
}
