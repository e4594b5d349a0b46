import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from "crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { dirname } from "path";
import { ConfigError } from "../config";
import type { CheckpointSigner } from "./checkpoint";

function requireEd25519(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== "ed25519") {
    // The type only, never the key material.
    throw new ConfigError(`${what} must be an Ed25519 key, not ${key.asymmetricKeyType ?? "a symmetric key"}`);
  }
  return key;
}

/** A PKCS#8 PEM private key (`openssl genpkey -algorithm ed25519`); its public half is derived from it. */
export function signerFromPem(pem: string, what: string): CheckpointSigner {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    // The parser's message may quote the input: say only which setting is wrong.
    throw new ConfigError(`${what} is not a PEM private key`);
  }
  requireEd25519(privateKey, what);
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** An SPKI PEM public key (`openssl pkey -pubout`): all the verifier needs. */
export function publicKeyFromPem(pem: string, what: string): KeyObject {
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey(pem);
  } catch {
    throw new ConfigError(`${what} is not a PEM public key`);
  }
  return requireEd25519(publicKey, what);
}

/**
 * `npm start`'s key: generated once under the data directory (owner-only), so checkpoints work
 * out of the box. A deployment configures its own key (AUDIT_CHECKPOINT_KEY_FILE) and keeps the
 * public half where the verifier runs.
 */
export function developmentSigner(file: string): CheckpointSigner {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const { privateKey } = generateKeyPairSync("ed25519");
    writeFileSync(file, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600, flag: "wx" });
  }
  return signerFromPem(readFileSync(file, "utf8"), file);
}
