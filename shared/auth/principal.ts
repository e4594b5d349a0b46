import { Role } from "./roles";

/** Who is calling: the verified claims of the bearer token, nothing else. */
export interface Principal {
  /** Stable staff identifier (the token's `sub`), never a national ID. */
  readonly subject: string;
  readonly role: Role;
  /** The organisation that scopes the role (district code, unit code, or the city). */
  readonly org: string;
}
