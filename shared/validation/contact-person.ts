import { badUserInput } from "../errors";
import { optionalPhone } from "./contact";
import { optionalText, requiredText } from "./form-text";

/** A person to contact about a child (issue #12, B2, B9): whom a search request or an ex-officio record names. */
export interface ContactPerson {
  name: string;
  relation: string | null;
  phone: string | null;
  address: string | null;
}

export interface ContactPersonInput {
  name: string;
  relation?: string | null;
  phone?: string | null;
  address?: string | null;
}

/** Whom to contact: a handful, as a letter lists them. */
export const MAX_CONTACT_PERSONS = 10;

/** Validates the list, each field named by its place (`input.contacts.0.phone`), never its value. */
export function contactPersons(inputs: readonly ContactPersonInput[], field: string): ContactPerson[] {
  if (inputs.length > MAX_CONTACT_PERSONS) {
    throw badUserInput(`${field} must list at most ${MAX_CONTACT_PERSONS} persons`, field);
  }
  return inputs.map((input, index) => ({
    name: requiredText(input.name, `${field}.${index}.name`, 60),
    relation: optionalText(input.relation, `${field}.${index}.relation`, 20),
    phone: optionalPhone(input.phone, `${field}.${index}.phone`),
    address: optionalText(input.address, `${field}.${index}.address`, 200),
  }));
}

/** A retry's comparison (D3): jsonb keeps its own key order, so the contacts are compared field by field, in the sender's order. */
export function contactPersonsKey(contacts: readonly ContactPerson[]): string {
  return JSON.stringify(contacts.map((contact) => [contact.name, contact.relation ?? null, contact.phone ?? null, contact.address ?? null]));
}
