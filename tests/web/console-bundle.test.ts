import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { ensureConsoleBuilt } from "../../scripts/platform/console-build";
import { CONSOLE_DIST } from "../../scripts/platform/console-server";

const MANIFEST = JSON.parse(readFileSync(join(__dirname, "..", "..", "web", "src", "gql", "persisted-documents.json"), "utf8")) as Record<string, string>;
const HASH = /sha256:[0-9a-f]{64}/g;

/**
 * Issue #11's first load: the built console's entry carries none of the screens' documents, each
 * lazy screen's chunk its own (web/inline-documents.mts), and every document a chunk can send is
 * in the persisted-documents manifest the gateway's safelist reads (D10), under the same hash.
 */
describe("the console's built documents", () => {
  let entry: string;
  let chunks: Map<string, string>;

  beforeAll(() => {
    ensureConsoleBuilt(() => undefined);
    const index = readFileSync(join(CONSOLE_DIST, "index.html"), "utf8");
    const entryFile = /<script type="module"[^>]* src="\/assets\/([^"]+\.js)"/.exec(index)?.[1] ?? "";
    const assets = join(CONSOLE_DIST, "assets");
    chunks = new Map(readdirSync(assets).filter((file) => file.endsWith(".js")).map((file) => [file, readFileSync(join(assets, file), "utf8")]));
    entry = chunks.get(entryFile) ?? "";
  }, 120_000);

  it("should keep every document out of the entry", () => {
    expect(entry.length).toBeGreaterThan(0);
    expect(entry.match(HASH)).toBeNull();
  });

  it("should carry each screen's documents in its own chunk: the village officer's inbox in the inbox's", () => {
    const inboxHash = Object.keys(MANIFEST).find((hash) => MANIFEST[hash].startsWith("query ConsoleDistrictInbox"));
    const holders = [...chunks].filter(([, code]) => inboxHash !== undefined && code.includes(inboxHash)).map(([file]) => file);
    expect(holders).toEqual([expect.stringMatching(/^district-inbox-.*\.js$/)]);
  });

  it("should send only listed documents, and list none the console does not send", () => {
    const built = new Set([...chunks.values()].flatMap((code) => code.match(HASH) ?? []));
    // Fragments are listed inside their operations, not on their own.
    expect([...built].sort()).toEqual(Object.keys(MANIFEST).sort());
  });
});
