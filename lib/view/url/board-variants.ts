// Which boards the dashboard's board switch offers, and the plain / style-control toggle of a board that has a stored
// style-controlled variant. A variant is not a board of its own in the switch: it is the toggle's other side, so the
// switch names each arena once. Pure: the client's controls and the tests call it with the stored boards.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";

/** The two sides of a board that has a stored style-controlled variant, and which one the view shows. */
export interface StyleToggle {
  plain: BoardSlug;
  styleControl: BoardSlug;
  /** The view shows the style-controlled side. */
  on: boolean;
}

/** The toggle for the view's board, or null when the board and its variant are not both stored. */
export function styleToggle(board: BoardSlug, stored: readonly BoardSlug[]): StyleToggle | null {
  const plain = boardInfo(board).plainVariant ?? board;
  const styleControl = boardInfo(plain).styleControlVariant;
  if (styleControl === null || !stored.includes(plain) || !stored.includes(styleControl)) return null;
  return { plain, styleControl, on: board === styleControl };
}

/** The boards the switch lists, in the stored order: each but a style-controlled variant whose plain board is stored. */
export function switchBoards(stored: readonly BoardSlug[]): BoardSlug[] {
  return stored.filter((b) => {
    const plain = boardInfo(b).plainVariant;
    return plain === null || !stored.includes(plain);
  });
}

/** The board the switch shows as chosen: the plain side of a toggled pair, else the board itself. */
export function switchedBoard(board: BoardSlug, stored: readonly BoardSlug[]): BoardSlug {
  return styleToggle(board, stored)?.plain ?? board;
}
