// A view's board against the runtime list: the URL's board parses as any text (lib/standings/query.ts), so a page
// shows the default board, with the same notice as any other ignored parameter, when the database does not hold it.
import "server-only";
import { DEFAULT_BOARD } from "@/lib/boards/info";
import { boardSlugs } from "@/lib/reads/boards";
import type { ViewState } from "@/lib/view/url/search-params";
import type { ParamNotice } from "@/lib/view/url/view-state";

export async function withStoredBoard<R extends { view: ViewState; notices: ParamNotice[] }>(read: R): Promise<R> {
  // With the database unreachable the view is kept: the panels say what failed.
  const slugs = await boardSlugs().catch(() => null);
  if (slugs === null || slugs.includes(read.view.board)) return read;
  const given = read.view.board;
  const shown = given.length > 60 ? `${given.slice(0, 60)}…` : given;
  const notice: ParamNotice = {
    key: "board",
    value: shown,
    message: `Ignored invalid parameter board=${shown}; showing the default (${DEFAULT_BOARD}).`,
  };
  return { ...read, view: { ...read.view, board: DEFAULT_BOARD }, notices: [notice, ...read.notices] };
}
