import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";

/**
 * The state a sandbox serves, as plain JSON: in memory, or in `file` when given. `load` rereads the
 * file when another process saved it and `save` writes it atomically (temp file + rename), so
 * several processes pointed at one file serve one org or portal. A missing file is created from
 * `initial()`; an existing one is never reseeded.
 */
export class JsonFileStore<S> {
  private state: S;
  private loadedVersion = "";

  constructor(
    private readonly file: string | undefined,
    initial: () => S,
  ) {
    if (file && existsSync(file)) {
      this.state = this.readFile(file);
    } else {
      this.state = initial();
      this.save();
    }
  }

  /** The current state (a live object: mutate it, then `save`). */
  load(): S {
    if (this.file && existsSync(this.file) && versionOf(this.file) !== this.loadedVersion) this.state = this.readFile(this.file);
    return this.state;
  }

  replace(state: S): void {
    this.state = state;
    this.save();
  }

  save(): void {
    if (!this.file) return;
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state));
    renameSync(temp, this.file);
    this.loadedVersion = versionOf(this.file);
  }

  private readFile(file: string): S {
    this.loadedVersion = versionOf(file);
    return JSON.parse(readFileSync(file, "utf8")) as S;
  }
}

/** Which save of the file this is. The mtime alone misses a save in the same clock tick; every save renames a new file into place, so the inode tells them apart. */
function versionOf(file: string): string {
  const { ino, mtimeMs, size } = statSync(file);
  return `${ino}:${mtimeMs}:${size}`;
}
