import { generateKeyPairSync } from "crypto";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { keyIdOf } from "../../shared/audit/checkpoint";
import { readCheckpointConfig, readCheckpointVerifyConfig } from "../../shared/audit/checkpoint-config";
import { ConfigError } from "../../shared/config";
import { withEnv } from "../support/env";

const UNSET = { AUDIT_CHECKPOINT_DIR: undefined, AUDIT_CHECKPOINT_KEY_FILE: undefined, AUDIT_CHECKPOINT_KEY: undefined, AUDIT_CHECKPOINT_PUBLIC_KEY_FILE: undefined, AUDIT_CHECKPOINT_INTERVAL_MS: undefined };

/** Issue #14: where checkpoints go and which key signs them, from the environment or `npm start`'s defaults. */
describe("checkpoint configuration", () => {
  const folder = mkdtempSync(join(tmpdir(), "care-checkpoint-config-"));
  const ed25519 = generateKeyPairSync("ed25519");
  const privatePem = ed25519.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const publicFile = join(folder, "checkpoint.pub");
  const privateFile = join(folder, "checkpoint.pem");
  writeFileSync(publicFile, ed25519.publicKey.export({ type: "spki", format: "pem" }));
  writeFileSync(privateFile, privatePem);

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it("should write no checkpoints when nothing is configured, outside `npm start`", () => {
    withEnv(UNSET, () => {
      expect(readCheckpointConfig()).toBeUndefined();
      expect(readCheckpointVerifyConfig()).toBeUndefined();
    });
  });

  it("should generate `npm start`'s key once, owner-only, and verify with its public half", () => {
    const development = { directory: join(folder, "dev") };
    withEnv(UNSET, () => {
      expect(readCheckpointVerifyConfig(development)).toBeUndefined();
      const first = readCheckpointConfig(development);
      const again = readCheckpointConfig(development);
      expect(first?.store.directory).toBe(join(folder, "dev", "store"));
      expect(first?.intervalMs).toBe(900_000);
      expect(statSync(join(folder, "dev", "signing-key.pem")).mode & 0o777).toBe(0o600);
      expect(keyIdOf(again!.signer.publicKey)).toBe(keyIdOf(first!.signer.publicKey));
      expect(readCheckpointVerifyConfig(development)!.publicKeys.map(keyIdOf)).toEqual([keyIdOf(first!.signer.publicKey)]);
    });
  });

  it("should take the operator's store, key, interval and public key", () => {
    withEnv({ ...UNSET, AUDIT_CHECKPOINT_DIR: join(folder, "ops"), AUDIT_CHECKPOINT_KEY: privatePem, AUDIT_CHECKPOINT_INTERVAL_MS: "60000" }, () => {
      const config = readCheckpointConfig({ directory: join(folder, "ignored") });
      expect(config?.store.directory).toBe(join(folder, "ops"));
      expect(config?.intervalMs).toBe(60_000);
      expect(keyIdOf(config!.signer.publicKey)).toBe(keyIdOf(ed25519.publicKey));
    });
    withEnv({ ...UNSET, AUDIT_CHECKPOINT_DIR: join(folder, "ops"), AUDIT_CHECKPOINT_PUBLIC_KEY_FILE: publicFile }, () => {
      expect(readCheckpointVerifyConfig()!.publicKeys.map(keyIdOf)).toEqual([keyIdOf(ed25519.publicKey)]);
    });
    // A key rotation: the old and the new public halves, both trusted by the verifier.
    const rotated = generateKeyPairSync("ed25519").publicKey;
    const rotatedFile = join(folder, "rotated.pub");
    writeFileSync(rotatedFile, rotated.export({ type: "spki", format: "pem" }));
    withEnv({ ...UNSET, AUDIT_CHECKPOINT_DIR: join(folder, "ops"), AUDIT_CHECKPOINT_PUBLIC_KEY_FILE: `${publicFile}, ${rotatedFile}` }, () => {
      expect(readCheckpointVerifyConfig()!.publicKeys.map(keyIdOf)).toEqual([keyIdOf(ed25519.publicKey), keyIdOf(rotated)]);
    });
  });

  it("should refuse a store without a key, two keys, and a key that is not Ed25519 — without quoting it", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const refused = (values: Record<string, string>): Error => {
      try {
        withEnv({ ...UNSET, AUDIT_CHECKPOINT_DIR: join(folder, "ops"), ...values }, () => readCheckpointConfig());
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return error as Error;
      }
      throw new Error("accepted");
    };
    expect(refused({}).message).toMatch(/AUDIT_CHECKPOINT_KEY_FILE/);
    expect(refused({ AUDIT_CHECKPOINT_KEY: privatePem, AUDIT_CHECKPOINT_KEY_FILE: privateFile }).message).toMatch(/not both/);
    const notEd25519 = refused({ AUDIT_CHECKPOINT_KEY: rsa });
    expect(notEd25519.message).toMatch(/Ed25519/);
    expect(notEd25519.message).not.toContain(rsa.split("\n")[1]);
    const garbage = refused({ AUDIT_CHECKPOINT_KEY: "not-a-key-but-a-secret" });
    expect(garbage.message).not.toContain("not-a-key-but-a-secret");
    expect(() => withEnv({ ...UNSET, AUDIT_CHECKPOINT_DIR: join(folder, "ops") }, () => readCheckpointVerifyConfig())).toThrow(ConfigError);
  });
});
