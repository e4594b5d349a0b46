import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import type { Session } from "./session";

/** One client per session: the gateway on the console's own origin (the console server forwards /graphql). */
export function clientFor(session: Session): ApolloClient {
  const headers = new SetContextLink((previous) => ({
    headers: { ...previous.headers, authorization: `Bearer ${session.token}`, "x-purpose": encodeURIComponent(session.purpose) },
  }));
  // Issue #11 (D10): each operation is sent by its hash in the persisted-documents manifest that
  // graphql-codegen wrote; the gateway runs it from its own copy of the manifest (in production,
  // nothing else). The hash is the one codegen put on the document, never recomputed here.
  const trusted = new PersistedQueryLink({
    generateHash: (document) => {
      const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
      if (hash === undefined) {
        throw new Error("An operation without a trusted-document hash: write it with graphql() and run npm run web:codegen");
      }
      return hash.replace(/^sha256:/, "");
    },
    // The gateway knows every listed hash: a miss means an unlisted operation, and sending its text would not help.
    retry: () => false,
  });
  return new ApolloClient({
    link: headers.concat(trusted).concat(new HttpLink({ uri: "/graphql" })),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
  });
}
