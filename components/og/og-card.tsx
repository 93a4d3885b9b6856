// The Open Graph card of a view (1200×630), drawn by next/og (satori: flexbox only, no CSS variables). Draw only: the
// plot is the one chart renderer's SVG (ChartSvg), which satori serialises into an image itself; its axes and breaks
// arrive placed on the plot's layout (lib/view/chart/og.ts), flags as data URIs, values as text.
import { ChartSvg } from "@/components/charts/chart-svg";
import { OG_CHART, OG_PLOT, type OgCardData } from "@/lib/view/chart/og";

export type OgCardProps = OgCardData["props"];

export function OgCard({ spec, title, range, asOf, axes, latest }: OgCardProps) {
  const c = spec.colors;
  const { width, height, axisLeft, axisBottom } = OG_CHART;
  const label = { position: "absolute", display: "flex", fontSize: 16, color: c.muted } as const;
  return (
    <div
      style={{
        width: 1200,
        height: 630,
        display: "flex",
        flexDirection: "column",
        background: c.bg,
        color: c.fg,
        padding: "30px 48px 24px",
        fontFamily: "Inter, Noto Sans SC",
      }}
    >
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", fontSize: 24 }}>
        <div style={{ display: "flex", fontWeight: 700, color: c.accent }}>Leaderboard Atlas</div>
        <div style={{ display: "flex", color: c.muted }}>{`Data as of ${asOf}`}</div>
      </div>
      <div
        style={{
          display: "flex",
          fontSize: title.length > 48 ? 36 : 44,
          fontWeight: 700,
          marginTop: 8,
          lineHeight: 1.15,
        }}
      >
        {title}
      </div>
      <div
        style={{ display: "flex", fontSize: 22, color: c.muted, marginTop: 4 }}
      >{`${spec.boardName} · ${range}`}</div>
      <div style={{ display: "flex", flex: 1, marginTop: 10 }}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: 16, color: c.muted, marginBottom: 4 }}>{spec.yLabel}</div>
          <div style={{ display: "flex", position: "relative", width: width + axisLeft, height: height + axisBottom }}>
            {axes.breaks.map((b) => (
              <div
                key={b.left}
                style={{ ...label, left: axisLeft + b.left, top: 14, width: b.width, justifyContent: "center" }}
              >
                {b.width > 50 ? "no data" : ""}
              </div>
            ))}
            <div
              style={{
                position: "absolute",
                left: axisLeft,
                top: 0,
                width,
                height,
                display: "flex",
                borderLeft: `2px solid ${c.border}`,
              }}
            >
              <ChartSvg spec={spec} {...OG_PLOT} />
            </div>
            {axes.y.map((t) => (
              <div
                key={`y${t.top}`}
                style={{ ...label, left: 0, top: t.top - 10, width: axisLeft - 8, justifyContent: "flex-end" }}
              >
                {t.label}
              </div>
            ))}
            {axes.x.map((t) => (
              <div
                key={`x${t.left}`}
                style={{
                  ...label,
                  left: axisLeft + t.left - 60,
                  top: height + 4,
                  width: 120,
                  justifyContent: "center",
                }}
              >
                {t.label}
              </div>
            ))}
          </div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", justifyContent: "center", marginLeft: 24, flex: 1 }}>
          <div style={{ display: "flex", fontSize: 20, color: c.muted, marginBottom: 8 }}>Latest</div>
          {latest.map((s) => (
            <div
              key={s.key}
              style={{
                display: "flex",
                alignItems: "center",
                marginBottom: 12,
                borderLeft: `8px ${s.dash ? "dashed" : "solid"} ${s.color}`,
                paddingLeft: 10,
              }}
            >
              {s.flagUri ? (
                // eslint-disable-next-line @next/next/no-img-element
                <img
                  src={s.flagUri}
                  width={36}
                  height={27}
                  alt=""
                  style={{ marginRight: 10, border: `1px solid ${c.border}` }}
                />
              ) : (
                <div
                  style={{
                    display: "flex",
                    width: 36,
                    height: 27,
                    marginRight: 10,
                    background: s.color,
                    opacity: 0.35,
                  }}
                />
              )}
              <div style={{ display: "flex", flexDirection: "column" }}>
                <div style={{ display: "flex", fontSize: 20 }}>{s.label}</div>
                <div style={{ display: "flex", fontSize: 28, fontWeight: 700, color: s.color }}>{s.text}</div>
              </div>
            </div>
          ))}
        </div>
      </div>
      <div style={{ display: "flex", fontSize: 15, color: c.muted }}>{spec.source}</div>
      <div style={{ display: "flex", fontSize: 15, color: c.muted }}>{spec.licence}</div>
    </div>
  );
}
