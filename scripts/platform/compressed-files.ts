import { readFile, stat } from "fs/promises";
import { brotliCompressSync, constants, gzipSync } from "zlib";

/**
 * The console's files as the browser asks for them (issue #11's first load on a phone): brotli,
 * else gzip, else as built. Compressed once per file version and kept — the files are few and
 * immutable between builds — so a load costs no compression time.
 */
export type Encoding = "br" | "gzip" | "identity";

interface Versions {
  readonly mtimeMs: number;
  readonly identity: Buffer;
  readonly gzip: Buffer;
  readonly br: Buffer;
}

/** Below this size the headers cost more than compression saves. */
const WORTH_COMPRESSING = 1024;

const COMPRESSIBLE = /\.(html|js|css|json|svg|txt|map)$/;

export function preferredEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = (acceptEncoding ?? "")
    .split(",")
    .map((part) => part.trim().split(";"))
    .filter(([, quality]) => quality === undefined || !/^q=0(\.0*)?$/.test(quality.trim()))
    .map(([name]) => name.trim().toLowerCase());
  if (accepted.includes("br")) {
    return "br";
  }
  return accepted.includes("gzip") ? "gzip" : "identity";
}

export class CompressedFiles {
  private readonly cache = new Map<string, Versions>();

  async read(file: string, acceptEncoding: string | undefined): Promise<{ body: Buffer; encoding: Encoding }> {
    const { mtimeMs } = await stat(file);
    let versions = this.cache.get(file);
    if (versions === undefined || versions.mtimeMs !== mtimeMs) {
      const identity = await readFile(file);
      const compress = COMPRESSIBLE.test(file) && identity.length >= WORTH_COMPRESSING;
      versions = {
        mtimeMs,
        identity,
        gzip: compress ? gzipSync(identity, { level: 9 }) : identity,
        br: compress ? brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }) : identity,
      };
      this.cache.set(file, versions);
    }
    const encoding = versions.gzip === versions.identity ? "identity" : preferredEncoding(acceptEncoding);
    return { body: versions[encoding], encoding };
  }
}
