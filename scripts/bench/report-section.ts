import { existsSync, readFileSync, writeFileSync } from "fs";

/**
 * BENCHMARKS.md holds the sections of several benchmarks (issue #3's unified view, issue #8's
 * deadlines): each writes only its own, between `<!-- bench:<name> -->` and `<!-- /bench:<name> -->`,
 * so running one bench never erases another's figures. A section not yet in the file is appended.
 */
export function writeSection(path: string, name: string, markdown: string): void {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const block = `${open}\n${markdown.trimEnd()}\n${close}`;
  const current = existsSync(path) ? readFileSync(path, "utf8") : "";
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  if (start !== -1 && end > start) {
    writeFileSync(path, `${current.slice(0, start)}${block}${current.slice(end + close.length)}`);
    return;
  }
  writeFileSync(path, current.trim() === "" ? `${block}\n` : `${current.trimEnd()}\n\n${block}\n`);
}
