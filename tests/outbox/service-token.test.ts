import { GraphQLError } from "graphql";
import { exportPKCS8, exportSPKI, generateKeyPair, KeyLike, SignJWT } from "jose";
import { AuthConfig, DEV_SHARED_SECRET, readAuthConfig, serviceKeysFrom } from "../../shared/auth/config";
import { Principal } from "../../shared/auth/principal";
import { Role } from "../../shared/auth/roles";
import { isActingThrough, requireActingService, signServiceToken } from "../../shared/auth/service-token";
import { signDevToken, TokenVerifier } from "../../shared/auth/token";
import { FakeClock } from "./support";

/** 里幹事 of 中正區 with their 里: the claims a service token must carry unchanged. */
const OFFICER: Principal = { subject: "village-officer-7", role: Role.VILLAGE_OFFICER, org: "63000050", villages: ["630000500-001", "630000500-002"] };
const CLERK: Principal = { subject: "clerk-0042", role: Role.HOUSEHOLD_CLERK, org: "63000050", villages: [] };

const auth = readAuthConfig();
const devKeys = auth.serviceKeys ?? serviceKeysFrom({}, DEV_SHARED_SECRET);

function codeOf(error: unknown): unknown {
  return error instanceof GraphQLError ? error.extensions.code : error;
}

async function refusalOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return codeOf(error);
  }
  return "accepted";
}

function captured(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return "accepted";
}

interface KeyPair {
  readonly publicKey: KeyLike;
  readonly privateKey: KeyLike;
  readonly publicPem: string;
  readonly privatePem: string;
}

async function es256Pair(): Promise<KeyPair> {
  const { publicKey, privateKey } = await generateKeyPair("ES256", { extractable: true });
  return { publicKey, privateKey, publicPem: await exportSPKI(publicKey), privatePem: await exportPKCS8(privateKey) };
}

/** The claims a service token has, signed with any key: how a forger would build one. */
function forged(claims: Record<string, unknown>, issuer: string, now: Date): SignJWT {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ role: CLERK.role, org: CLERK.org, act: { sub: "service:household" }, ...claims })
    .setSubject(CLERK.subject)
    .setIssuer(issuer)
    .setAudience(auth.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 60)
    .setJti("forged-0001");
}

/** Issue #8: a hand-off carries the sending service and the acting user; only that service can sign it. */
describe("service tokens", () => {
  const clock = new FakeClock("2025-03-03T01:00:00.000Z");
  const verifier = new TokenVerifier(auth, { now: clock.now });

  describe("in development (keys derived from the dev secret)", () => {
    it("should carry the acting user's claims and the verified service", async () => {
      const token = await signServiceToken(devKeys, { service: "household", actor: OFFICER, audience: auth.audience, now: clock.now() });
      const principal = await verifier.verify(token);

      expect(principal).toEqual({ ...OFFICER, actingService: "household" });
      expect(isActingThrough(principal, "household")).toBe(true);
      expect(() => requireActingService(principal, "household")).not.toThrow();
    });

    it("should refuse a plain user token where only a service may call", async () => {
      const principal = await verifier.verify(await signDevToken(auth, CLERK));

      expect(principal.actingService).toBeUndefined();
      expect(codeOf(captured(() => requireActingService(principal, "household")))).toBe("FORBIDDEN");
    });

    it("should refuse another service's genuine token where only household may call", async () => {
      const token = await signServiceToken(devKeys, { service: "district", actor: CLERK, audience: auth.audience, now: clock.now() });
      const principal = await verifier.verify(token);

      expect(principal.actingService).toBe("district");
      expect(codeOf(captured(() => requireActingService(principal, "household")))).toBe("FORBIDDEN");
    });

    it("should refuse an act claim signed with the users' key", async () => {
      const secret = new TextEncoder().encode(auth.sharedSecret);
      const asService = await forged({}, "service:household", clock.now()).setProtectedHeader({ alg: "HS256" }).sign(secret);
      const asIdentityProvider = await forged({}, auth.issuer, clock.now()).setProtectedHeader({ alg: "HS256" }).sign(secret);

      expect(await refusalOf(verifier.verify(asService))).toBe("UNAUTHENTICATED");
      expect(await refusalOf(verifier.verify(asIdentityProvider))).toBe("UNAUTHENTICATED");
    });

    it("should refuse an expired service token and one that lives too long", async () => {
      const token = await signServiceToken(devKeys, { service: "household", actor: CLERK, audience: auth.audience, ttl: 60, now: clock.now() });
      const later = new TokenVerifier(auth, { now: () => new Date(clock.now().getTime() + 61_000) });

      expect(await refusalOf(later.verify(token))).toBe("UNAUTHENTICATED");
      await expect(signServiceToken(devKeys, { service: "household", actor: CLERK, audience: auth.audience, ttl: 301 })).rejects.toThrow(/1 to 300 seconds/);
    });

    it("should refuse a service token for another audience", async () => {
      const token = await signServiceToken(devKeys, { service: "household", actor: CLERK, audience: "another-platform", now: clock.now() });

      expect(await refusalOf(verifier.verify(token))).toBe("UNAUTHENTICATED");
    });
  });

  describe("with configured ES256 keys (production)", () => {
    let household: KeyPair;
    let district: KeyPair;
    /** A receiver's configuration: both services' public keys, no private key, no dev secret. */
    let receiver: TokenVerifier;

    beforeAll(async () => {
      household = await es256Pair();
      district = await es256Pair();
      const receiverAuth: AuthConfig = {
        ...auth,
        serviceKeys: serviceKeysFrom({ SERVICE_KEYS_HOUSEHOLD_PUBLIC: household.publicPem, SERVICE_KEYS_DISTRICT_PUBLIC: district.publicPem }, undefined),
      };
      receiver = new TokenVerifier(receiverAuth, { now: clock.now });
    });

    it("should verify a token the sending service signed with its private key", async () => {
      const senderKeys = serviceKeysFrom({ SERVICE_KEYS_HOUSEHOLD_PRIVATE: household.privatePem }, undefined);
      const token = await signServiceToken(senderKeys, { service: "household", actor: CLERK, audience: auth.audience, now: clock.now() });

      expect(await receiver.verify(token)).toEqual({ ...CLERK, actingService: "household" });
      // The sender's own process verifies its tokens from the private key alone.
      expect((await new TokenVerifier({ ...auth, serviceKeys: senderKeys }, { now: clock.now }).verify(token)).actingService).toBe("household");
    });

    it("should refuse a token claiming household but signed with district's key", async () => {
      const token = await forged({}, "service:household", clock.now()).setProtectedHeader({ alg: "ES256" }).sign(district.privateKey);

      expect(await refusalOf(receiver.verify(token))).toBe("UNAUTHENTICATED");
    });

    it("should refuse a token whose issuer is not the service named by act", async () => {
      const token = await forged({}, "service:district", clock.now()).setProtectedHeader({ alg: "ES256" }).sign(household.privateKey);

      expect(await refusalOf(receiver.verify(token))).toBe("UNAUTHENTICATED");
    });

    it("should refuse a chain of actors", async () => {
      const token = await forged({ act: { sub: "service:household", act: { sub: "service:district" } } }, "service:household", clock.now())
        .setProtectedHeader({ alg: "ES256" })
        .sign(household.privateKey);

      expect(await refusalOf(receiver.verify(token))).toBe("UNAUTHENTICATED");
    });

    it("should refuse a service without configured keys, and not sign for one", async () => {
      const unconfigured = serviceKeysFrom({ SERVICE_KEYS_HOUSEHOLD_PUBLIC: household.publicPem }, undefined);
      const devToken = await signServiceToken(devKeys, { service: "social", actor: CLERK, audience: auth.audience, now: clock.now() });

      expect(await refusalOf(receiver.verify(devToken))).toBe("UNAUTHENTICATED");
      await expect(signServiceToken(unconfigured, { service: "social", actor: CLERK, audience: auth.audience })).rejects.toThrow(/No key configured/);
      await expect(signServiceToken(unconfigured, { service: "household", actor: CLERK, audience: auth.audience })).rejects.toThrow(/no private key/);
    });
  });

  describe("configuration", () => {
    it("should read SERVICE_KEYS_<NAME>_* per service, hyphenated names included", () => {
      const keys = serviceKeysFrom(
        {
          SERVICE_KEYS_CIVIL_AFFAIRS_JWKS_URL: "https://keys.example/civil-affairs/jwks.json",
          SERVICE_KEYS_HOUSEHOLD_PUBLIC: "-----BEGIN PUBLIC KEY-----",
          SERVICE_KEYS_HOUSEHOLD_ALGORITHM: "RS256",
          JWT_SECRET: "not a service key",
        },
        undefined,
      );

      expect([...keys.configured]).toEqual([
        ["civil-affairs", { algorithm: "ES256", jwksUrl: "https://keys.example/civil-affairs/jwks.json", privateKeyPem: undefined, publicKeyPem: undefined }],
        ["household", { algorithm: "RS256", publicKeyPem: "-----BEGIN PUBLIC KEY-----", privateKeyPem: undefined, jwksUrl: undefined }],
      ]);
      expect(keys.developmentSecret).toBeUndefined();
    });

    it("should refuse an unknown algorithm or a service with an algorithm but no key", () => {
      expect(() => serviceKeysFrom({ SERVICE_KEYS_HOUSEHOLD_PUBLIC: "pem", SERVICE_KEYS_HOUSEHOLD_ALGORITHM: "HS256" }, undefined)).toThrow(/ES256 or RS256/);
      expect(() => serviceKeysFrom({ SERVICE_KEYS_HOUSEHOLD_ALGORITHM: "ES256" }, undefined)).toThrow(/PRIVATE, PUBLIC or JWKS_URL/);
    });
  });
});
