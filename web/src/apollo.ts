import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import type { Session } from "./session";

/** One client per session: the gateway on the console's own origin (the console server forwards /graphql). */
export function clientFor(session: Session): ApolloClient {
  const headers = new SetContextLink((previous) => ({
    headers: { ...previous.headers, authorization: `Bearer ${session.token}`, "x-purpose": encodeURIComponent(session.purpose) },
  }));
  return new ApolloClient({
    link: headers.concat(new HttpLink({ uri: "/graphql" })),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
  });
}
