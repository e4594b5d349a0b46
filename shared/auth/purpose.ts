import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors";

export const MAX_PURPOSE_LENGTH = 200;

/**
 * The purpose a caller declares for a read (`x-purpose`, issue #4), stored with every record of
 * use: a sentence, not a document. The gateway and every subgraph read it through here.
 */
export function declaredPurpose(header: string | undefined): string | undefined {
  if (header !== undefined && header.length > MAX_PURPOSE_LENGTH) {
    throw new GraphQLError(`x-purpose must be at most ${MAX_PURPOSE_LENGTH} characters`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: "x-purpose", http: { status: 400 } },
    });
  }
  return header;
}
