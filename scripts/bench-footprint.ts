// npm run bench:footprint -- [--runs fresh,reopen] [--data-dir DIR] [--port N] [--command "npm start"] [--no-append]
// The memory `npm start` holds on the embedded database, every process of it: starts it with DATABASE_URL unset on a
// fresh PGlite data directory (so it seeds the whole shipped history, as a first start does), waits for the server
// and for the start-up ingest, loads a few pages and API answers (home, a model of each board, an organization, a
// country, both boards' standings), then reads the resident set of each process of the tree (/proc) and stops it
// as Ctrl-C would. A "reopen" run starts again on the same directory, as every later start does. The tree is
// sampled throughout, so the peaks include seeding and the ingest. Needs a current build (`npm run build`).
// Env: HF_ENDPOINT and ARENA_CATALOG_ENDPOINT (default: the shared mirror beside the project when it exists, so the
// start-up ingest reads files instead of the network). Writes bench-results/footprint.json and appends a table to
// bench/results.md.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildIsCurrent } from "./lib/build-fingerprint";
import { freePort } from "./lib/embedded-db";
import { processTree, type ProcessMemory } from "./lib/process-tree";

const root = path.resolve(import.meta.dirname, "..");
const TARGET_MB = 400;
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "fresh,reopen" },
    "data-dir": { type: "string" },
    port: { type: "string" },
    command: { type: "string", default: "npm start" },
    "no-append": { type: "boolean", default: false },
  },
});
const log = (msg: string) => console.error(`[bench:footprint ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
const mb = (kb: number) => Math.round(kb / 1024);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface RunResult {
  run: string;
  startMs: number;
  ingest: string;
  pages: { path: string; status: number; ms: number }[];
  /** The tree after the pages, settled. */
  processes: ProcessMemory[];
  totalRssMb: number;
  totalPssMb: number | null;
  /** The largest sum of the tree's resident sets seen by the sampler, and each role's own peak. */
  peakTotalRssMb: number;
  peakByRole: Record<string, number>;
  load: string;
}

function mirrorEnv(): Record<string, string> {
  const mirror = path.resolve(root, "../shared/data/mirror");
  const out: Record<string, string> = {};
  if (!process.env.HF_ENDPOINT && existsSync(path.join(mirror, "huggingface.co"))) {
    out.HF_ENDPOINT = pathToFileURL(path.join(mirror, "huggingface.co")).toString();
  }
  if (!process.env.ARENA_CATALOG_ENDPOINT && existsSync(path.join(mirror, "raw.githubusercontent.com"))) {
    out.ARENA_CATALOG_ENDPOINT = pathToFileURL(path.join(mirror, "raw.githubusercontent.com")).toString();
  }
  return out;
}

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return (await res.json()) as T;
}

/** The pages a first visitor would open: picked from the data, so they exist on any database. */
async function pagesToLoad(base: string): Promise<string[]> {
  const paths = ["/", "/api/v1/standings?board=lmarena-text", "/api/v1/standings?board=hf-open-llm-v2"];
  for (const board of ["lmarena-text", "hf-open-llm-v2"]) {
    const dates = (await json<{ date: string }[]>(`${base}/api/v1/boards/${board}/snapshots`))
      .map((s) => s.date)
      .sort();
    const latest = dates.at(-1);
    if (!latest) continue;
    const table = await json<{ rows: { model: string }[] }>(`${base}/api/v1/boards/${board}/snapshots/${latest}`);
    const model = table.rows[0]?.model;
    if (model) paths.push(`/models/${board}/${model.split("/").map(encodeURIComponent).join("/")}`);
  }
  const orgs = await json<{ slug: string }[]>(`${base}/api/v1/organizations`);
  if (orgs[0]) paths.push(`/orgs/${orgs[0].slug}`);
  paths.push("/countries/US", "/?board=hf-open-llm-v2");
  return paths;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve()),
  );
}

async function oneRun(run: string, dataDir: string, port: number): Promise<RunResult> {
  const [cmd, ...cmdArgs] = args.command!.split(" ").filter(Boolean);
  const env: NodeJS.ProcessEnv = { ...process.env, ...mirrorEnv(), PGLITE_DATA_DIR: dataDir, PORT: String(port) };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  const t0 = performance.now();
  // Its own process group, so the stop below reaches every process as a terminal's Ctrl-C does.
  const child = spawn(cmd, cmdArgs, { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (d: Buffer) => {
    output += d.toString();
    if (output.length > 1_000_000) output = output.slice(-500_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);

  const peakByRole: Record<string, number> = {};
  const peakByPid = new Map<number, { role: string; kb: number }>();
  let peakTotalKb = 0;
  const sample = () => {
    const tree = processTree(child.pid!);
    peakTotalKb = Math.max(
      peakTotalKb,
      tree.reduce((n, p) => n + p.rssKb, 0),
    );
    for (const p of tree) {
      const prev = peakByPid.get(p.pid);
      // An exiting process shows an empty command line: keep the role it was first seen with.
      const role = prev && p.role === "?" ? prev.role : p.role;
      peakByPid.set(p.pid, { role, kb: Math.max(prev?.kb ?? 0, p.hwmKb, p.rssKb) });
    }
  };
  const sampler = setInterval(sample, 250);
  const base = `http://127.0.0.1:${port}`;
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`${args.command} exited with code ${child.exitCode}:\n${output.slice(-3000)}`);
      if (performance.now() - t0 > 600_000)
        throw new Error(`no answer from /api/health within 600 s:\n${output.slice(-3000)}`);
      const ok = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await sleep(250);
    }
    const startMs = performance.now() - t0;
    log(`${run}: healthy after ${(startMs / 1000).toFixed(1)} s`);
    // The schedule decides within moments of start-up whether to ingest; when it does, wait for the end.
    let ingest = "none at start-up";
    await sleep(5000);
    if (/ingesting now/.test(output)) {
      const t1 = performance.now();
      while (!/"ingest finished"|ingest crashed|ingest failed/.test(output) && performance.now() - t1 < 600_000)
        await sleep(250);
      const m = /"msg":"(ingest finished|ingest crashed[^"]*|ingest failed[^"]*)"/.exec(output);
      ingest = m
        ? `${m[1]} (${((performance.now() - t1) / 1000).toFixed(1)} s after health + 5 s)`
        : "still running after 600 s";
      log(`${run}: start-up ingest: ${ingest}`);
    }
    const pages: RunResult["pages"] = [];
    const paths = await pagesToLoad(base);
    for (let pass = 0; pass < 2; pass++) {
      for (const p of paths) {
        const t = performance.now();
        const res = await fetch(base + p);
        await res.arrayBuffer();
        if (pass === 0) pages.push({ path: p, status: res.status, ms: Math.round(performance.now() - t) });
      }
    }
    await sleep(3000);
    sample();
    const processes = processTree(child.pid!);
    for (const { role, kb } of peakByPid.values()) peakByRole[role] = Math.max(peakByRole[role] ?? 0, mb(kb));
    const pss = processes.every((p) => p.pssKb !== null) ? mb(processes.reduce((n, p) => n + p.pssKb!, 0)) : null;
    return {
      run,
      startMs: Math.round(startMs),
      ingest,
      pages,
      processes,
      totalRssMb: mb(processes.reduce((n, p) => n + p.rssKb, 0)),
      totalPssMb: pss,
      peakTotalRssMb: mb(peakTotalKb),
      peakByRole,
      load: load(),
    };
  } finally {
    clearInterval(sampler);
    if (child.exitCode === null) {
      process.kill(-child.pid!, "SIGINT");
      const stopped = await Promise.race([exited(child).then(() => true), sleep(30_000).then(() => false)]);
      if (!stopped) {
        log(`${run}: still running 30 s after SIGINT; killing the group`);
        process.kill(-child.pid!, "SIGKILL");
        await exited(child);
      }
    }
  }
}

function table(r: RunResult): string {
  const lines = [
    "| process | pid | RSS MB | PSS MB | peak RSS MB (VmHWM) |",
    "|---|---|---|---|---|",
    ...r.processes.map(
      (p) => `| ${p.role} | ${p.pid} | ${mb(p.rssKb)} | ${p.pssKb === null ? "n/a" : mb(p.pssKb)} | ${mb(p.hwmKb)} |`,
    ),
    `| **total** | | **${r.totalRssMb}** | ${r.totalPssMb ?? "n/a"} | tree peak ${r.peakTotalRssMb} |`,
  ];
  const gone = Object.entries(r.peakByRole).filter(([role]) => !r.processes.some((p) => p.role === role));
  if (gone.length)
    lines.push(
      "",
      `Processes that ended before the reading, peak RSS: ${gone.map(([role, m]) => `${role} ${m} MB`).join(", ")}.`,
    );
  return lines.join("\n");
}

function commit(): string {
  return spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim() || "unknown";
}

async function main() {
  if (!existsSync(path.join(root, ".next/BUILD_ID")) || !buildIsCurrent(root)) {
    console.error(
      "bench:footprint: the production build is missing or older than the sources: run `npm run build` first.",
    );
    process.exit(2);
  }
  const runs = args.runs!.split(",").map((s) => s.trim());
  const given = args["data-dir"];
  const dataDir = given
    ? path.resolve(given)
    : path.join(await mkdtemp(path.join(os.tmpdir(), "atlas-footprint-")), "pglite");
  const port = args.port ? Number(args.port) : await freePort();
  log(`runs ${runs.join(", ")}; \`${args.command}\` on port ${port}, data in ${dataDir}; load ${load()}`);
  const results: RunResult[] = [];
  try {
    for (const run of runs) {
      if (run === "fresh") await rm(dataDir, { recursive: true, force: true });
      else if (run !== "reopen") throw new Error(`unknown run ${run}: fresh or reopen`);
      const r = await oneRun(run, dataDir, port);
      log(`${run}: total RSS ${r.totalRssMb} MB (PSS ${r.totalPssMb ?? "n/a"} MB), tree peak ${r.peakTotalRssMb} MB`);
      console.log(`\n${run}:\n${table(r)}`);
      results.push(r);
    }
  } finally {
    if (!given) await rm(path.dirname(dataDir), { recursive: true, force: true });
  }
  await mkdir(path.join(root, "bench-results"), { recursive: true });
  await writeFile(
    path.join(root, "bench-results/footprint.json"),
    JSON.stringify({ at: new Date().toISOString(), commit: commit(), command: args.command, results }, null, 2),
  );
  if (!args["no-append"]) {
    const when = new Date().toISOString().slice(0, 16).replace("T", " ");
    const body = results
      .map(
        (r) =>
          `${r.run} (ready in ${(r.startMs / 1000).toFixed(1)} s; start-up ingest: ${r.ingest}; load ${r.load}):\n\n${table(r)}`,
      )
      .join("\n\n");
    await appendFile(
      path.join(root, "bench/results.md"),
      `\n## footprint: ${when} UTC, commit ${commit()}\n` +
        `Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB. Node ${process.version}. \`npm run bench:footprint\`: ` +
        `\`${args.command}\` without DATABASE_URL (embedded PGlite), the tree's resident sets after ${results[0]?.pages.length ?? 0} pages ` +
        `and API answers loaded twice (target ${TARGET_MB} MB in all).\n\n${body}\n`,
    );
    log("appended to bench/results.md");
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench:footprint failed: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  },
);
