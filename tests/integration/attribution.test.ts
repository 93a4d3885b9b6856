import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { unattributedByBoard } from "@/lib/attribution/report";
import { syncAttribution } from "@/lib/attribution/sync";
import { runUpdate } from "@/lib/jobs/update";
import { createMiniMirror } from "../fixtures/mini-mirror";
import { truncateData } from "./db";

const url = inject("databaseUrl");
let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: url });
  await client.connect();
});
afterAll(async () => client.end());

const countryOf = async (board: string, key: string, mode: "developer" | "base") =>
  (
    await client.query<{ country: string | null; why: string }>(
      `SELECT o.country, m.${mode}_why AS why FROM model m LEFT JOIN organization o ON o.id = m.${mode}_org_id
       WHERE m.board_slug = $1 AND m.key = $2`,
      [board, key],
    )
  ).rows[0];

describe("attribution in the database", () => {
  test("ingest attributes models in both modes and keeps the rule that did it", async () => {
    await truncateData(url);
    const mirror = await createMiniMirror();
    try {
      await runUpdate({ connectionString: url, trigger: "test", hub: { endpoint: mirror.fileEndpoint } });
    } finally {
      await mirror.cleanup();
    }
    expect(await countryOf("lmarena-text", "qwen2.5-72b-instruct", "developer")).toMatchObject({ country: "CN" });
    expect(await countryOf("lmarena-text", "athene-70b-0725", "developer")).toMatchObject({ country: "US" });
    const athene = await countryOf("lmarena-text", "athene-70b-0725", "base");
    expect(athene.country).toBe("US");
    expect(athene.why).toMatch(/base map/);
    expect((await countryOf("lmarena-text", "mistral-large-2407", "developer")).country).toBe("FR");
    expect((await countryOf("lmarena-text", "mystery-model-x", "developer")).country).toBeNull();
    const merge = await countryOf("hf-open-llm-v2", "someone-unknown_llama-merge-70b_bfloat16", "base");
    expect(merge.country).toBe("US");
    expect(merge.why).toMatch(/lineage/);
    expect(
      (await countryOf("hf-open-llm-v2", "someone-unknown_llama-merge-70b_bfloat16", "developer")).country,
    ).toBeNull();
  });

  test("re-syncing repairs damaged attribution without downloading anything, and bumps the data version", async () => {
    const v0 = (await client.query<{ version: number }>("SELECT version FROM data_version")).rows[0].version;
    await client.query(
      "UPDATE model SET developer_org_id = NULL, developer_why = NULL WHERE key = 'qwen2.5-72b-instruct'",
    );
    await client.query("DELETE FROM organization WHERE slug = 'mistral-ai'");
    expect((await countryOf("lmarena-text", "mistral-large-2407", "developer")).country).toBeNull();
    const result = await syncAttribution(client);
    expect(result.modelsChanged).toBeGreaterThanOrEqual(3);
    expect((await countryOf("lmarena-text", "qwen2.5-72b-instruct", "developer")).country).toBe("CN");
    expect((await countryOf("lmarena-text", "mistral-large-2407", "developer")).country).toBe("FR");
    const v1 = (await client.query<{ version: number }>("SELECT version FROM data_version")).rows[0].version;
    expect(v1).toBeGreaterThan(v0);
    const again = await syncAttribution(client);
    expect(again.modelsChanged).toBe(0);
    expect((await client.query<{ version: number }>("SELECT version FROM data_version")).rows[0].version).toBe(v1);
  });

  test("the audit lists unattributed groups with counts and best rank", async () => {
    const report = await unattributedByBoard(async (sql) => (await client.query(sql)).rows);
    expect(report["lmarena-text"]).toEqual([{ name: "(no organization: mystery-model-x)", models: 1, bestRank: 1 }]);
    expect(report["hf-open-llm-v2"].map((g) => g.name)).toContain("someone-unknown");
  });

  test("base mode reads an HF model's architecture and type from its latest entry when the lineage stops", async () => {
    const snapshot = (
      await client.query<{ id: number }>(
        "SELECT id FROM snapshot WHERE board_slug = 'hf-open-llm-v2' ORDER BY date DESC LIMIT 1",
      )
    ).rows[0].id;
    const add = async (key: string, name: string, extra: object) => {
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO model (board_slug, key, name, namespace, base_model) VALUES ('hf-open-llm-v2', $1, $2, 'lineage-test', NULL)
         RETURNING id`,
        [key, name],
      );
      await client.query(
        `INSERT INTO entry (snapshot_id, model_id, rank, score, official, extra) VALUES ($1, $2, 999, 1, false, $3)`,
        [snapshot, rows[0].id, JSON.stringify(extra)],
      );
    };
    // A merge naming itself, its base gone from the Hub: only its class (Qwen2) says whose weights it holds.
    await add("lineage-test_calm-78b_bfloat16", "lineage-test/calm-78b", {
      architecture: "Qwen2ForCausalLM",
      type: "🔶 fine-tuned on domain-specific datasets",
    });
    // The same class on a model its submitter says was pretrained from scratch says nothing.
    await add("lineage-test_wide-3b_bfloat16", "lineage-test/wide-3b", {
      architecture: "Qwen2ForCausalLM",
      type: "🟢 pretrained",
    });
    await syncAttribution(client);
    const calm = await countryOf("hf-open-llm-v2", "lineage-test_calm-78b_bfloat16", "base");
    expect(calm.country).toBe("CN");
    expect(calm.why).toContain("architecture Qwen2ForCausalLM of 'lineage-test/calm-78b' → alibaba");
    expect((await countryOf("hf-open-llm-v2", "lineage-test_wide-3b_bfloat16", "base")).country).toBeNull();
  });
});

const shared = path.resolve(process.cwd(), "../shared/data/mirror/huggingface.co");
describe.skipIf(!existsSync(shared))("coverage over the whole shared mirror", () => {
  beforeAll(async () => {
    await truncateData(url);
    await runUpdate({ connectionString: url, trigger: "test", hub: { endpoint: pathToFileURL(shared).toString() } });
  }, 120_000);

  test("every arena organization at every date, and every model ever in a top 30, is attributed", async () => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM entry e JOIN model m ON m.id = e.model_id
       WHERE m.board_slug = 'lmarena-text' AND m.developer_org_id IS NULL AND (m.organization IS NOT NULL OR e.rank <= 30)`,
    );
    expect(Number(rows[0].n)).toBe(0);
  });

  test("official HF rows are attributed (all but the reviewed, publicly unplaceable namespaces)", async () => {
    const { rows } = await client.query<{ total: string; attributed: string }>(
      `SELECT count(*) AS total, count(m.developer_org_id) AS attributed FROM entry e JOIN model m ON m.id = e.model_id
       WHERE m.board_slug = 'hf-open-llm-v2' AND e.official`,
    );
    const share = Number(rows[0].attributed) / Number(rows[0].total);
    expect(share).toBeGreaterThanOrEqual(0.98);
  });
});
