// The competition rank, in a module of its own with no imports: the HF adapter stores it as that board's rank, and
// the standings compute the score rank with it (lib/frame/rank.ts), in the browser bundle too.

/**
 * Standard competition ranking ("1224"), higher score first: tied scores share a rank and the next
 * distinct score skips the tied places. Returns ranks in input order.
 */
export function competitionRanks(scores: readonly number[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const ranks = new Array<number>(scores.length);
  order.forEach((index, position) => {
    const prev = position > 0 ? order[position - 1] : -1;
    ranks[index] = prev >= 0 && scores[prev] === scores[index] ? ranks[prev] : position + 1;
  });
  return ranks;
}
