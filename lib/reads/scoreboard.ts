// GET /api/v1/scoreboard and the /scoreboard page: one row per stored board (and per category when asked), each from
// the board's cached frame (lib/frame/cache.ts), memoised per data version.
import "server-only";
import { boardInfo } from "@/lib/boards/info";
import { OVERALL } from "@/lib/boards/categories";
import { currentDataVersion } from "@/lib/core/data-version";
import { frameFor } from "@/lib/frame/cache";
import { listBoards } from "@/lib/reads/boards";
import { listCategories } from "@/lib/reads/categories";
import { memo, memoKey } from "@/lib/reads/memo";
import type { ScoreboardQuery } from "@/lib/standings/scoreboard-query";
import { scoreboardResponse, scoreboardRowOf, type ScoreboardResponse } from "@/lib/standings/scoreboard";

export async function getScoreboard(q: ScoreboardQuery): Promise<ScoreboardResponse> {
  const version = await currentDataVersion();
  return memo(version, memoKey("scoreboard", q), async () => {
    const boards = (await listBoards()).filter((b) => b.snapshots > 0);
    const wanted: { board: string; category: string }[] = [];
    for (const b of boards) {
      wanted.push({ board: b.slug, category: OVERALL });
      if (!q.categories || !boardInfo(b.slug).hasCategories) continue;
      for (const c of await listCategories(b.slug))
        if (c.name !== OVERALL && c.snapshots > 0) wanted.push({ board: b.slug, category: c.name });
    }
    // One frame at a time, each reduced to its row: with every category asked, all the frames together could outgrow
    // the frame budget (STANDINGS_FRAMES_MB), which then drops the least recently used.
    const rows = [];
    const updated = [];
    for (const w of wanted) {
      const frame = await frameFor(w.board, version, w.category);
      rows.push(scoreboardRowOf(frame, w.category, q));
      updated.push(frame.updatedAt);
    }
    return scoreboardResponse(q, rows, updated);
  });
}
