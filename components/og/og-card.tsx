// The Open Graph card of a view (1200×630), drawn by next/og (satori: flexbox only, no CSS variables). Draw only:
// the chart arrives as a finished SVG data URI, flags as data URIs, values as text.
import type { ChartSpec } from "@/lib/view/chart-spec";

/** The plot's size inside the card. */
export const OG_CHART = { width: 760, height: 300 };

export interface OgCardProps {
  spec: ChartSpec;
  title: string;
  chartUri: string;
  range: string;
  asOf: string;
  latest: { key: string; label: string; color: string; dash: string; text: string; flagUri: string | null }[];
}

export function OgCard({ spec, title, chartUri, range, asOf, latest }: OgCardProps) {
  const c = spec.colors;
  return (
    <div style={{ width: 1200, height: 630, display: "flex", flexDirection: "column", background: c.bg, color: c.fg, padding: "36px 48px", fontFamily: "Inter, Noto Sans SC" }}>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", fontSize: 24 }}>
        <div style={{ display: "flex", fontWeight: 700, color: c.accent }}>Leaderboard Atlas</div>
        <div style={{ display: "flex", color: c.muted }}>{`Data as of ${asOf}`}</div>
      </div>
      <div style={{ display: "flex", fontSize: title.length > 48 ? 38 : 46, fontWeight: 700, marginTop: 12, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: "flex", fontSize: 22, color: c.muted, marginTop: 6 }}>{`${spec.boardName} · ${range} · ${spec.yLabel}`}</div>
      <div style={{ display: "flex", flex: 1, marginTop: 16, overflow: "hidden" }}>
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={chartUri} width={OG_CHART.width} height={OG_CHART.height} alt="" style={{ borderLeft: `2px solid ${c.border}`, borderBottom: `2px solid ${c.border}` }} />
        <div style={{ display: "flex", flexDirection: "column", justifyContent: "center", marginLeft: 28, flex: 1 }}>
          <div style={{ display: "flex", fontSize: 20, color: c.muted, marginBottom: 8 }}>Latest</div>
          {latest.map((s) => (
            <div key={s.key} style={{ display: "flex", alignItems: "center", marginBottom: 14, borderLeft: `8px ${s.dash ? "dashed" : "solid"} ${s.color}`, paddingLeft: 12 }}>
              {s.flagUri ? (
                // eslint-disable-next-line @next/next/no-img-element
                <img src={s.flagUri} width={40} height={30} alt="" style={{ marginRight: 12, border: `1px solid ${c.border}` }} />
              ) : (
                <div style={{ display: "flex", width: 40, height: 30, marginRight: 12, background: s.color, opacity: 0.35 }} />
              )}
              <div style={{ display: "flex", flexDirection: "column" }}>
                <div style={{ display: "flex", fontSize: 22 }}>{s.label}</div>
                <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: s.color }}>{s.text}</div>
              </div>
            </div>
          ))}
        </div>
      </div>
      <div style={{ display: "flex", fontSize: 18, color: c.muted, marginTop: 8 }}>{spec.source}</div>
    </div>
  );
}
