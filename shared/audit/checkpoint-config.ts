import type { KeyObject } from "crypto";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { ConfigError, envOptional, envWholeNumber } from "../config";
import type { CheckpointSigner } from "./checkpoint";
import { developmentSigner, publicKeyFromPem, signerFromPem } from "./checkpoint-keys";
import { CheckpointStore } from "./checkpoint-store";

/** What a subgraph needs to checkpoint its chain head (issue #14). */
export interface CheckpointConfig {
  readonly store: CheckpointStore;
  readonly signer: CheckpointSigner;
  /** One checkpoint per agency per interval. */
  readonly intervalMs: number;
}

/** What `audit:verify` needs: the store and the public keys only (old and new while a key is rotated). */
export interface CheckpointVerifyConfig {
  readonly store: CheckpointStore;
  readonly publicKeys: readonly KeyObject[];
}

export const DEFAULT_CHECKPOINT_INTERVAL_MS = 15 * 60_000;

/** `npm start` keeps its checkpoints and development key next to the embedded database. */
export interface DevelopmentCheckpoints {
  readonly directory: string;
}

const storeOf = (dev: DevelopmentCheckpoints): string => join(dev.directory, "store");
const devKeyOf = (dev: DevelopmentCheckpoints): string => join(dev.directory, "signing-key.pem");

/** The configured private key (file or inline PEM), or undefined when none is set. */
function configuredSigner(): CheckpointSigner | undefined {
  const file = envOptional("AUDIT_CHECKPOINT_KEY_FILE");
  const inline = envOptional("AUDIT_CHECKPOINT_KEY");
  if (file !== undefined && inline !== undefined) {
    throw new ConfigError("Set AUDIT_CHECKPOINT_KEY_FILE or AUDIT_CHECKPOINT_KEY, not both");
  }
  if (file !== undefined) {
    return signerFromPem(readFileSync(file, "utf8"), "AUDIT_CHECKPOINT_KEY_FILE");
  }
  return inline === undefined ? undefined : signerFromPem(inline, "AUDIT_CHECKPOINT_KEY");
}

/**
 * AUDIT_CHECKPOINT_DIR (the store), AUDIT_CHECKPOINT_KEY_FILE or AUDIT_CHECKPOINT_KEY (Ed25519,
 * PKCS#8 PEM) and AUDIT_CHECKPOINT_INTERVAL_MS. Without a directory there are no checkpoints,
 * unless `development` says where `npm start` keeps them; a directory without a key is an error.
 */
export function readCheckpointConfig(development?: DevelopmentCheckpoints): CheckpointConfig | undefined {
  const directory = envOptional("AUDIT_CHECKPOINT_DIR");
  const intervalMs = envWholeNumber("AUDIT_CHECKPOINT_INTERVAL_MS", DEFAULT_CHECKPOINT_INTERVAL_MS, 1_000);
  const signer = configuredSigner();
  if (directory !== undefined) {
    if (signer === undefined) {
      throw new ConfigError("AUDIT_CHECKPOINT_DIR is set but no signing key: set AUDIT_CHECKPOINT_KEY_FILE");
    }
    return { store: new CheckpointStore(directory), signer, intervalMs };
  }
  if (development === undefined) {
    return undefined;
  }
  return { store: new CheckpointStore(storeOf(development)), signer: signer ?? developmentSigner(devKeyOf(development)), intervalMs };
}

/**
 * The verifier's view: the store (as above) and AUDIT_CHECKPOINT_PUBLIC_KEY_FILE — one file, or
 * several separated by commas: a rotated key's old and new public halves, so checkpoints signed
 * before and after the rotation both verify — else the public half of the configured or development
 * private key. Undefined when no store is configured.
 */
export function readCheckpointVerifyConfig(development?: DevelopmentCheckpoints): CheckpointVerifyConfig | undefined {
  const directory = envOptional("AUDIT_CHECKPOINT_DIR") ?? (development === undefined ? undefined : storeOf(development));
  if (directory === undefined) {
    return undefined;
  }
  const publicFiles = envOptional("AUDIT_CHECKPOINT_PUBLIC_KEY_FILE");
  if (publicFiles !== undefined) {
    const files = publicFiles
      .split(",")
      .map((file) => file.trim())
      .filter((file) => file !== "");
    if (files.length === 0) {
      throw new ConfigError("AUDIT_CHECKPOINT_PUBLIC_KEY_FILE names no file");
    }
    const publicKeys = files.map((file, index) => publicKeyFromPem(readFileSync(file, "utf8"), `AUDIT_CHECKPOINT_PUBLIC_KEY_FILE's file ${index + 1}`));
    return { store: new CheckpointStore(directory), publicKeys };
  }
  const signer = configuredSigner();
  if (signer !== undefined) {
    return { store: new CheckpointStore(directory), publicKeys: [signer.publicKey] };
  }
  if (development !== undefined && existsSync(devKeyOf(development))) {
    return { store: new CheckpointStore(directory), publicKeys: [developmentSigner(devKeyOf(development)).publicKey] };
  }
  if (envOptional("AUDIT_CHECKPOINT_DIR") === undefined) {
    // `npm start` has not run with checkpoints yet: nothing was signed, so there is nothing to check.
    return undefined;
  }
  throw new ConfigError("Checkpoints are configured but no key to verify them: set AUDIT_CHECKPOINT_PUBLIC_KEY_FILE");
}
