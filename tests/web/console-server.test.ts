import { readdirSync, readFileSync } from "fs";
import { request } from "http";
import { join } from "path";
import { brotliDecompressSync, gunzipSync } from "zlib";
import { ensureConsoleBuilt } from "../../scripts/platform/console-build";
import { CONSOLE_DIST, ConsoleServer, startConsoleServer } from "../../scripts/platform/console-server";

/** Issue #11's first load: the console's server sends its files compressed as the browser accepts, and its sign-in configuration. */
describe("the console's server", () => {
  let server: ConsoleServer;

  beforeAll(async () => {
    ensureConsoleBuilt(() => undefined);
    // No gateway is needed for the console's own files.
    server = await startConsoleServer({ port: 0, gatewayUrl: "http://127.0.0.1:9", signIn: { kind: "development" } });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  function get(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const outgoing = request(new URL(path, server.url), { headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding } }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }));
      });
      outgoing.on("error", reject);
      outgoing.end();
    });
  }

  const script = readdirSync(join(CONSOLE_DIST, "assets")).find((name) => name.endsWith(".js"));
  const onDisk = (): Buffer => readFileSync(join(CONSOLE_DIST, "assets", script!));

  it("should send brotli to a browser that accepts it, gzip to one that accepts only gzip, the file itself otherwise — the same bytes each time", async () => {
    const brotli = await get(`/assets/${script}`, "gzip, deflate, br, zstd");
    expect([brotli.status, brotli.headers["content-encoding"], brotli.headers.vary]).toEqual([200, "br", "accept-encoding"]);
    expect(brotliDecompressSync(brotli.body).equals(onDisk())).toBe(true);
    expect(brotli.body.length).toBeLessThan(onDisk().length / 2);
    const gzip = await get(`/assets/${script}`, "gzip, br;q=0");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).equals(onDisk())).toBe(true);
    const plain = await get(`/assets/${script}`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(onDisk())).toBe(true);
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("should hand the browser its sign-in, never cached", async () => {
    const config = await get("/console-config.json");
    expect([config.status, config.headers["cache-control"], JSON.parse(config.body.toString("utf8"))]).toEqual([200, "no-cache", { signIn: { kind: "development" } }]);
  });
});
