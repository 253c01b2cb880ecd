/** The project's import graph between top-level folders, read from the sources with TypeScript's pre-processor. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import ts from "typescript";

/** The product layers, in the one direction imports may run: a folder imports only folders before it. */
export const LAYERS = ["core", "specs", "generators", "suites", "reports", "cli"] as const;

/** Folders outside the product: they may import anything, and no layer may import them. */
export const OUTSIDE = ["testkit", "bench", "scripts", "bin"] as const;

export interface ImportEdge {
  readonly from: string;
  readonly to: string;
}

/** Every relative import of every tracked non-test `.ts`/`.js` file, as file → file (repository-relative). */
export function importEdges(root: string): ImportEdge[] {
  const files = execFileSync("git", ["ls-files", "*.ts", "*.js"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !/\.spec\.ts$/.test(f));
  const edges: ImportEdge[] = [];
  for (const from of files) {
    const info = ts.preProcessFile(readFileSync(join(root, from), "utf8"), true, true);
    for (const { fileName } of info.importedFiles) {
      if (fileName.startsWith(".")) edges.push({ from, to: normalize(join(dirname(from), fileName)) });
    }
  }
  return edges;
}

/** The top-level folder of a repository path (`.` for files at the root). */
export function topFolder(path: string): string {
  return path.includes("/") ? (path.split("/")[0] ?? ".") : ".";
}

/** Edges that run against the layer order or into a folder outside the product. */
export function backwardImports(edges: readonly ImportEdge[]): ImportEdge[] {
  const rank = (folder: string) => LAYERS.indexOf(folder as (typeof LAYERS)[number]);
  return edges.filter(({ from, to }) => {
    const a = rank(topFolder(from));
    if (a < 0) return false;
    const b = rank(topFolder(to));
    return b < 0 ? (OUTSIDE as readonly string[]).includes(topFolder(to)) : b > a;
  });
}

/** Cycles in the folder graph, each once, as its folders from the alphabetically first one. */
export function folderCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const [a, b] = [topFolder(from), topFolder(to)];
    if (a !== b) next.set(a, (next.get(a) ?? new Set()).add(b));
  }
  const cycles = new Map<string, string[]>();
  const visit = (node: string, path: string[]) => {
    for (const n of next.get(node) ?? []) {
      const at = path.indexOf(n);
      if (at < 0) {
        visit(n, [...path, n]);
        continue;
      }
      const loop = path.slice(at);
      const first = loop.indexOf([...loop].sort()[0] ?? "");
      const rotated = [...loop.slice(first), ...loop.slice(0, first)];
      cycles.set(rotated.join(" "), [...rotated, rotated[0] ?? ""]);
    }
  };
  for (const start of next.keys()) visit(start, [start]);
  return [...cycles.values()];
}
