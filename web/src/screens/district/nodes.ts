/** A connection's nodes, those the gateway answered (a node denied to the caller is dropped, never shown blank). */
export function nodesOf<Node>(connection: { readonly edges?: readonly { readonly node?: Node | null }[] | null } | null | undefined): Node[] {
  return (connection?.edges ?? []).flatMap((edge) => (edge.node === null || edge.node === undefined ? [] : [edge.node]));
}
