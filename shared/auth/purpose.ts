import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors";

export const MAX_PURPOSE_LENGTH = 200;

function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field: "x-purpose", http: { status: 400 } } });
}

/**
 * The purpose a caller declares for a read (`x-purpose`, issue #4), stored with every record of
 * use: a sentence, not a document. The gateway and every subgraph read it through here.
 * HTTP header values are Latin-1, so a purpose in Chinese travels percent-encoded UTF-8 (as
 * `encodeURIComponent` writes it; the console does, and the gateway forwards it so): decoded here.
 */
export function declaredPurpose(header: string | undefined): string | undefined {
  if (header !== undefined && header.includes("%")) {
    try {
      header = decodeURIComponent(header);
    } catch {
      throw refused("x-purpose must be plain ASCII or percent-encoded UTF-8");
    }
  }
  if (header !== undefined && header.length > MAX_PURPOSE_LENGTH) {
    throw refused(`x-purpose must be at most ${MAX_PURPOSE_LENGTH} characters`);
  }
  return header;
}
