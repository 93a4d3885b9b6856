// Series looks live in lib/view/chart/series-style.ts, so the chart spec (OG images, downloads) shares them.
export {
  markerIsStroke,
  markerPath,
  seriesStyles,
  type MarkerShape,
  type SeriesStyle,
} from "@/lib/view/chart/series-style";
