// The memory of a process and its descendants, read from /proc (Linux only): what a machine running `npm start`
// pays for all of it, not only for the server.
import { readdirSync, readFileSync } from "node:fs";

export interface ProcessMemory {
  pid: number;
  ppid: number;
  /** What the process is, in a few words (see `roleOf`). */
  role: string;
  command: string;
  /** Resident set now, and its peak (VmHWM), in kB. */
  rssKb: number;
  hwmKb: number;
  /** Proportional set size, kB: shared pages split among the processes that map them (null when unreadable). */
  pssKb: number | null;
}

function read(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function statusKb(status: string, field: string): number {
  return Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
}

/** What a process of `npm start`'s tree is, from its command line. */
export function roleOf(argv: readonly string[]): string {
  const line = argv.join(" ");
  if (/npm-cli\.js|\bnpm\b/.test(argv.slice(0, 2).join(" "))) return "npm";
  if (/^(\/\S*\/)?(sh|bash|dash)$/.test(argv[0] ?? "")) return "shell";
  if (/(\/tsx|tsx\/dist\/cli\.m?js)$/.test(argv[1] ?? "")) return "tsx wrapper";
  if (/esbuild/.test(argv[0] ?? "")) return "esbuild service";
  if (/scripts\/server\.mjs/.test(line)) return "server";
  if (/scripts\/start-setup\.ts/.test(line)) return "start setup";
  if (/scripts\/start\.(ts|mjs)/.test(line)) return "start (PGlite host)";
  if (/ingest-child/.test(line)) return "scheduled ingest";
  return (argv[0] ?? "?").split("/").at(-1)!;
}

/** The process `root` and every descendant still alive, root first. */
export function processTree(root: number): ProcessMemory[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    // The command name in parentheses may hold spaces: the fields after its closing parenthesis are fixed.
    const after = stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (after) parents.set(Number(name), Number(after[1]));
  }
  const inTree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!inTree.has(pid) && inTree.has(ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  const out: ProcessMemory[] = [];
  for (const pid of inTree) {
    const status = read(`/proc/${pid}/status`);
    const cmdline = read(`/proc/${pid}/cmdline`);
    if (status === null || cmdline === null) continue;
    const argv = cmdline.split("\0").filter(Boolean);
    const pss = read(`/proc/${pid}/smaps_rollup`);
    out.push({
      pid,
      ppid: parents.get(pid) ?? 0,
      role: roleOf(argv),
      command: argv.join(" ").slice(0, 160),
      rssKb: statusKb(status, "VmRSS"),
      hwmKb: statusKb(status, "VmHWM"),
      pssKb: pss === null ? null : statusKb(pss, "Pss"),
    });
  }
  return out.sort((a, b) => (a.pid === root ? -1 : b.pid === root ? 1 : a.pid - b.pid));
}
