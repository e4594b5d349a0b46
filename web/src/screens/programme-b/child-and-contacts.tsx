import { List, Text, Title } from "@mantine/core";
import { rocDate } from "../../format/roc-date";
import { DeadlineBadges } from "./deadline-badges";

type DeadlineList = Parameters<typeof DeadlineBadges>[0]["deadlines"];

/** What a B2/B9 request's receiver reads of the child, as the requester sent it (D3's copy). */
export interface ChildAndContactsRequest {
  readonly childIdNumber?: string | null;
  readonly childBirthDate?: string | null;
  readonly motherName?: string | null;
  readonly deadlines?: DeadlineList;
  readonly contacts?: readonly { readonly name?: string | null; readonly relation?: string | null; readonly phone?: string | null; readonly address?: string | null }[] | null;
}

/**
 * B2, B9 (issue #12): the child, the receiver's deadlines and whom to contact, as the police's
 * search requests and the district's follow-ups show them; `relationLabel` reads each sender's
 * relation (the district's are codes, the police's the requester's words).
 */
export function ChildAndContacts({ request, relationLabel }: { request: ChildAndContactsRequest; relationLabel: (relation: string | null | undefined) => string }) {
  const contacts = request.contacts ?? [];
  return (
    <>
      <Text size="sm">
        身分證統一編號 {request.childIdNumber ?? "—"}，生日 {rocDate(request.childBirthDate)}，母親 {request.motherName ?? "—"}
      </Text>
      <DeadlineBadges deadlines={request.deadlines} />
      <Title order={4} size="h6">
        聯絡對象
      </Title>
      {contacts.length === 0 ? (
        <Text size="sm">請求機關未提供聯絡對象。</Text>
      ) : (
        <List size="sm" aria-label="聯絡對象">
          {contacts.map((contact, index) => (
            <List.Item key={index}>
              {contact.name ?? "—"}（{relationLabel(contact.relation)}）{contact.phone ?? ""} {contact.address ?? ""}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
