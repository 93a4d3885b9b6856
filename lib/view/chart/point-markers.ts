// When a series gets point markers. A marker (about 8 px across) says "a snapshot here" only when its neighbours are
// far enough apart to be told from it; closer than that the markers merge into a bar of dots (the US line at #1 over
// 110 arena dates at 375 px) and hide the line they sit on. Both chart renderers ask this one rule.

/** The fewest pixels between neighbouring points at which markers are still drawn. */
export const MIN_PIXELS_PER_POINT = 12;

/** Points per pixel of plot width: the series' density as drawn. */
export function pointsPerPixel(points: number, plotWidth: number): number {
  return plotWidth > 0 ? points / plotWidth : Number.POSITIVE_INFINITY;
}

/**
 * Whether a series of `points` points (snapshot dates with a value) drawn across `plotWidth` pixels is sparse enough
 * for point markers; a denser one is drawn as a line alone. A single point always gets its marker (a line needs two).
 */
export function showPointMarkers(points: number, plotWidth: number): boolean {
  if (points <= 1) return points === 1;
  return pointsPerPixel(points, plotWidth) <= 1 / MIN_PIXELS_PER_POINT;
}
