// Series looks live in lib/view/series-style.ts, so the chart spec (OG images, downloads) shares them.
export { markerIsStroke, markerPath, seriesStyles, type MarkerShape, type SeriesStyle } from "@/lib/view/series-style";
