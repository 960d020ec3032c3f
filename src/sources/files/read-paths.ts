import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { FileReadContext } from "../feeds/feed-files.js";
import { decodeBytes } from "./decode.js";
import { FileKindsMap, type SourceItem } from "./file-kinds.js";

export interface ReadPathsOptions {
  /** Largest file read, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Passed to each file kind's reader (HTTP settings for OPML lists). */
  context?: FileReadContext;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** In a directory walk, project files that are not articles. */
const NOT_ARTICLES = /^(readme|license|licence|changelog|copying)(\..*)?$/i;

async function* walk(path: string, explicit: boolean): AsyncGenerator<{ path: string; explicit: boolean }> {
  const info = await stat(path);
  if (info.isDirectory()) {
    const entries = (await readdir(path)).sort();
    for (const entry of entries) {
      if (entry.startsWith(".") || entry === "node_modules") continue;
      yield* walk(join(path, entry), false);
    }
  } else {
    yield { path, explicit };
  }
}

async function readOneFile(path: string, maxBytes: number, context: FileReadContext): Promise<SourceItem[]> {
  const reader = FileKindsMap[extname(path).toLowerCase()];
  if (!reader)
    return [{ kind: "problem", problem: { item: path, reason: `unsupported file kind "${extname(path)}"` } }];
  const info = await stat(path);
  if (info.size > maxBytes) {
    return [
      {
        kind: "problem",
        problem: { item: path, reason: `file too large (${info.size} bytes > limit ${maxBytes})` },
      },
    ];
  }
  const decoded = decodeBytes(await readFile(path));
  if (!decoded.ok) return [{ kind: "problem", problem: { item: path, reason: decoded.reason } }];
  return reader(decoded.text, path, context);
}

/**
 * Reads files and directories (recursively) into articles, one item at a time. Every problem is an
 * item naming the path (and line) and the reason; reading goes on after it.
 */
export async function* readPaths(
  paths: readonly string[],
  options: ReadPathsOptions = {},
): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const root of paths) {
    try {
      for await (const { path, explicit } of walk(root, true)) {
        const kind = extname(path).toLowerCase();
        if (!explicit && (!(kind in FileKindsMap) || NOT_ARTICLES.test(basename(path)))) continue;
        try {
          yield* await readOneFile(path, maxBytes, options.context ?? {});
        } catch (error) {
          yield { kind: "problem", problem: { item: path, reason: (error as Error).message } };
        }
      }
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === "ENOENT"
          ? "no such file or directory"
          : (error as Error).message;
      yield { kind: "problem", problem: { item: root, reason } };
    }
  }
}
