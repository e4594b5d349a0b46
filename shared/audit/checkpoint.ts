import { createHash, KeyObject, sign, verify } from "crypto";

/**
 * A signed statement of an agency's audit chain head (issue #14): "at `time`, the newest row of
 * `agency`'s chain was #`sequence` with `hash`". Kept outside the agency's database, it is what
 * lets `audit:verify` see that the newest rows were deleted: the chain alone still links after a
 * truncated tail.
 */
export interface AuditCheckpoint {
  readonly agency: string;
  /** The head row's id (ids are dense: the row count of an intact chain), as a decimal string. */
  readonly sequence: string;
  readonly hash: string;
  /** ISO 8601 UTC: when the checkpoint was taken. */
  readonly time: string;
  /** Which key signed it (keyIdOf its public key), so a rotated key is told apart, not mistaken for a forgery. */
  readonly keyId: string;
  /** Ed25519 over signedBytesOf, base64. */
  readonly signature: string;
}

/** Versioned, so a later format cannot be confused with this one. */
const FORMAT = "care-audit-checkpoint/1";

/** A JSON array in a fixed order (as chain.ts does for rows): no value can forge a separator. */
function signedBytesOf(checkpoint: Omit<AuditCheckpoint, "signature">): Buffer {
  return Buffer.from(JSON.stringify([FORMAT, checkpoint.agency, checkpoint.sequence, checkpoint.hash, checkpoint.time, checkpoint.keyId]), "utf8");
}

/** The first 16 hex digits of the sha256 of the public key (SPKI DER): short, stable, not secret. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex").slice(0, 16);
}

/** The key pair a signer holds; the private key never leaves this object (nor reaches a log). */
export interface CheckpointSigner {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

export function signCheckpoint(signer: CheckpointSigner, head: Omit<AuditCheckpoint, "keyId" | "signature">): AuditCheckpoint {
  const unsigned = { ...head, keyId: keyIdOf(signer.publicKey) };
  // Ed25519 hashes internally: node:crypto takes no digest name for it (null).
  return { ...unsigned, signature: sign(null, signedBytesOf(unsigned), signer.privateKey).toString("base64") };
}

/** True only if this key signed exactly these values; a checkpoint of another key is not trusted. */
export function checkpointSignatureValid(checkpoint: AuditCheckpoint, publicKey: KeyObject): boolean {
  if (checkpoint.keyId !== keyIdOf(publicKey)) {
    return false;
  }
  try {
    return verify(null, signedBytesOf(checkpoint), publicKey, Buffer.from(checkpoint.signature, "base64"));
  } catch {
    // A malformed signature is a refused checkpoint, not a crash of the verifier.
    return false;
  }
}

/** Parses one stored line; anything that is not a complete checkpoint is null (the verifier refuses it). */
export function parseCheckpoint(line: string): AuditCheckpoint | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) {
    return null;
  }
  const record = value as Record<string, unknown>;
  const keys = ["agency", "sequence", "hash", "time", "keyId", "signature"] as const;
  if (!keys.every((key) => typeof record[key] === "string")) {
    return null;
  }
  if (!/^[1-9][0-9]*$/.test(record.sequence as string)) {
    return null;
  }
  const [agency, sequence, hash, time, keyId, signature] = keys.map((key) => record[key] as string);
  return { agency, sequence, hash, time, keyId, signature };
}
