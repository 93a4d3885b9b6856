// npm run attribution:sources -- [--check] [--json] [--timeout SECONDS] [--concurrency N]
// Lists the source of every organization's country in the attribution registry (lib/attribution): the page that
// states where it is based, its kind, the date the entry was reviewed, and the rule of a contested country.
// With --check it requests every link (HEAD, then GET when refused) and reports each one's status; meant for a
// machine with network, since the registry is curated offline. Exit 0 when every link answers 2xx, 1 when any
// does not, 2 on bad arguments.
import { parseArgs } from "node:util";
import { ORGANIZATIONS } from "@/lib/attribution/registry";
import { checkSources, type SourceCheck } from "./lib/source-check";

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run attribution:sources -- [--check] [--json] [--timeout SECONDS] [--concurrency N]`,
  );
  process.exit(2);
}

function positiveNumber(raw: string, name: string, integer: boolean): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
    usage(`--${name}: expected a positive ${integer ? "integer" : "number"}, got ${JSON.stringify(raw)}`);
  return n;
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        check: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        timeout: { type: "string", default: "15" },
        concurrency: { type: "string", default: "4" },
      },
    }));
  } catch (err) {
    usage((err as Error).message);
  }
  const timeoutMs = positiveNumber(values.timeout, "timeout", false) * 1000;
  const concurrency = positiveNumber(values.concurrency, "concurrency", true);
  const orgs = [...ORGANIZATIONS].sort((a, b) => a.slug.localeCompare(b.slug));
  const rows = orgs.map((o) => ({
    slug: o.slug,
    country: o.country,
    kind: o.source.kind,
    reviewedOn: o.source.reviewedOn,
    url: o.source.url,
    contested: o.contested?.rule ?? null,
  }));

  if (!values.check) {
    if (values.json) {
      console.log(JSON.stringify({ organizations: rows }));
      return;
    }
    const w = Math.max(...rows.map((r) => r.slug.length));
    for (const r of rows) {
      const contested = r.contested ? `  [contested: ${r.contested}]` : "";
      console.log(`${r.slug.padEnd(w)}  ${r.country}  ${r.kind.padEnd(9)}  ${r.reviewedOn}  ${r.url}${contested}`);
    }
    console.log(
      `\n${rows.length} organizations, every one with a source; ${rows.filter((r) => r.contested).length} contested.` +
        " Dates are review dates, not fetch dates: run with --check on a machine with network to request every link.",
    );
    return;
  }

  const urls = [...new Set(rows.map((r) => r.url))];
  if (!values.json)
    console.error(`Checking ${urls.length} links, ${concurrency} at a time, ${timeoutMs / 1000} s each…`);
  const results = await checkSources(urls, {
    timeoutMs,
    concurrency,
    onResult: values.json
      ? undefined
      : (r: SourceCheck) => {
          const owners = rows
            .filter((row) => row.url === r.url)
            .map((row) => row.slug)
            .join(", ");
          if (r.ok) {
            const moved = r.finalUrl !== r.url ? ` → ${r.finalUrl}` : "";
            console.log(`ok    ${r.status}  ${owners}  ${r.url}${moved}`);
          } else console.log(`FAIL  ${r.problem}  ${owners}  ${r.url}`);
        },
  });
  const failed = results.filter((r) => !r.ok);
  if (values.json) {
    const byUrl = new Map(results.map((r) => [r.url, r]));
    console.log(JSON.stringify({ organizations: rows.map((r) => ({ ...r, check: byUrl.get(r.url) })) }));
  } else {
    console.log(`\n${results.length - failed.length} of ${results.length} links answer; ${failed.length} failed.`);
    if (failed.length > 0 && failed.length === results.length && failed.every((r) => r.status === null)) {
      console.log("No link answered at all: check that this machine can reach the internet before editing sources.");
    } else if (failed.length > 0) {
      console.log("Fix a failed link in lib/attribution/organizations-*.ts and update its reviewedOn.");
    }
  }
  process.exitCode = failed.length > 0 ? 1 : 0;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
