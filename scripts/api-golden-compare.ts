// npm run golden:compare -- A B [--masked]
// Compares two golden files written by scripts/api-golden.ts (npm run golden:api): URLs only in one, and per URL a
// different status, content type or body hash, and (when both sides have FILE.headers) a different Cache-Control,
// Content-Disposition or Link header. ETags (FILE.etags) are reported as a count only: they name the data version,
// which may differ between two loads of the same data.
// A body that differs only in the fields that change from run to run (the sidecars' "accessed" day, `updatedAt`:
// see maskVolatile in api-golden.ts) is flagged as such, from FILE.masked. By default any body difference fails;
// with --masked, those are reported but do not (use it when A and B were made on different days or databases).
// Exit: 0 when nothing differs, 1 when something does, 2 on bad usage.
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";

type Table = Map<string, string[]>;

function read(file: string): Table | null {
  if (!existsSync(file)) return null;
  const t: Table = new Map();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const [url, ...rest] = line.split("\t");
    t.set(url, rest);
  }
  return t;
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { masked: { type: "boolean", default: false } } });
  } catch (err) {
    console.error(String(err instanceof Error ? err.message : err));
    return 2;
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 2) {
    console.error("usage: npm run golden:compare -- A.txt B.txt [--masked]");
    return 2;
  }
  const [fa, fb] = positionals;
  const a = read(fa);
  const b = read(fb);
  if (!a || !b) {
    console.error(`no golden file at ${!a ? fa : fb}`);
    return 2;
  }
  const opt = (suffix: string) => [read(fa + suffix), read(fb + suffix)] as const;
  const [maskedA, maskedB] = opt(".masked");
  const [headA, headB] = opt(".headers");
  const [etagA, etagB] = opt(".etags");

  const onlyA = [...a.keys()].filter((u) => !b.has(u));
  const onlyB = [...b.keys()].filter((u) => !a.has(u));
  const problems: string[] = [];
  const volatileOnly: string[] = [];
  let etagDiffs = 0;
  for (const [url, [statusA, typeA, hashA]] of a) {
    const other = b.get(url);
    if (!other) continue;
    const [statusB, typeB, hashB] = other;
    const what: string[] = [];
    if (statusA !== statusB) what.push(`status ${statusA} → ${statusB}`);
    if (typeA !== typeB) what.push(`content-type ${typeA} → ${typeB}`);
    if (hashA !== hashB) {
      const mA = maskedA?.get(url)?.[0];
      const mB = maskedB?.get(url)?.[0];
      if (mA !== undefined && mA === mB) volatileOnly.push(url);
      else what.push("body");
    }
    const hA = headA?.get(url)?.join("\t");
    const hB = headB?.get(url)?.join("\t");
    if (hA !== undefined && hB !== undefined && hA !== hB) what.push(`headers ${hA} → ${hB}`);
    if (etagA && etagB && etagA.get(url)?.[0] !== etagB.get(url)?.[0]) etagDiffs++;
    if (what.length) problems.push(`${url}\n    ${what.join("; ")}`);
  }

  const show = (title: string, list: string[]) => {
    if (list.length === 0) return;
    console.log(`${title} (${list.length}):`);
    for (const x of list) console.log(`  ${x}`);
  };
  show(`URLs only in ${fa}`, onlyA);
  show(`URLs only in ${fb}`, onlyB);
  show("differing answers", problems);
  show(
    `bodies that differ only in volatile fields (accessed day, updatedAt)${values.masked ? ", not counted (--masked)" : ""}`,
    volatileOnly,
  );
  const common = [...a.keys()].filter((u) => b.has(u)).length;
  console.log(
    `${common} URLs in both; ${onlyA.length} only in A, ${onlyB.length} only in B; ${problems.length} differ` +
      `${volatileOnly.length ? `, ${volatileOnly.length} more in volatile fields only` : ""}; ETags differ on ${etagDiffs} (informational).`,
  );
  const failed = onlyA.length + onlyB.length + problems.length + (values.masked ? 0 : volatileOnly.length) > 0;
  console.log(failed ? "DIFFERENT" : "SAME");
  return failed ? 1 : 0;
}

process.exit(main());
