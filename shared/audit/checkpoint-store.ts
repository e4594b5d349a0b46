import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, writeSync } from "fs";
import { join } from "path";
import { AuditCheckpoint, parseCheckpoint } from "./checkpoint";

/**
 * Where checkpoints live (issue #14): a directory the operator configures, outside every agency's
 * database — ideally another machine's mount or an object store's sync, writable only by the
 * platform and append-only (`chattr +a`). One file per agency, one JSON line per checkpoint.
 */
export class CheckpointStore {
  constructor(readonly directory: string) {}

  fileOf(agency: string): string {
    if (!/^[a-z][a-z0-9_-]{0,62}$/.test(agency)) {
      throw new Error(`Invalid agency name for a checkpoint file: ${agency}`);
    }
    return join(this.directory, `${agency}.checkpoints.jsonl`);
  }

  /** Appends and fsyncs: a checkpoint reported written survives a crash of this process. */
  append(checkpoint: AuditCheckpoint): void {
    mkdirSync(this.directory, { recursive: true });
    const fd = openSync(this.fileOf(checkpoint.agency), "a", 0o640);
    try {
      writeSync(fd, `${JSON.stringify(checkpoint)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /**
   * The newest checkpoint of an agency, null when it has none. Reads only the file's tail (a
   * checkpoint every few minutes is tens of thousands of lines a year). A last line that does not
   * parse is returned as "unreadable", not skipped: skipping would let a broken line hide a newer head.
   */
  last(agency: string): AuditCheckpoint | "unreadable" | null {
    let fd: number;
    try {
      fd = openSync(this.fileOf(agency), "r");
    } catch (error) {
      if (typeof error === "object" && error !== null && "code" in error && error.code === "ENOENT") {
        return null;
      }
      throw error;
    }
    try {
      const size = fstatSync(fd).size;
      const length = Math.min(size, TAIL_BYTES);
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, size - length);
      const lines = buffer.toString("utf8").split("\n").filter((line) => line.trim() !== "");
      if (lines.length === 0) {
        return null;
      }
      return parseCheckpoint(lines[lines.length - 1]) ?? "unreadable";
    } finally {
      closeSync(fd);
    }
  }
}

/** Far more than one line (about 300 bytes), so the last line is always whole. */
const TAIL_BYTES = 16 * 1024;
