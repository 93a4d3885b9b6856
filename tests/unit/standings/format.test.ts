import { describe, expect, test } from "vitest";
import {
  formatDate,
  formatDateLong,
  formatDays,
  formatMetricValue,
  formatPercent,
  formatRank,
  formatRelative,
  formatScore,
  formatSigned,
  toCsv,
} from "@/lib/standings/format";
import { METRICS, METRIC_INFO, isMetricKind, metricLabel } from "@/lib/standings/metric-kinds";

describe("formatters", () => {
  test("rank", () => {
    expect(formatRank(3)).toBe("#3");
    expect(formatRank(null)).toBe("—");
  });
  test("score: 1 decimal on the arena, 2 on HF", () => {
    expect(formatScore(1312.456, "lmarena-text")).toBe("1312.5");
    expect(formatScore(42.1234, "hf-open-llm-v2")).toBe("42.12");
    expect(formatScore(null, "hf-open-llm-v2")).toBe("—");
  });
  test("percent, signed and relative", () => {
    expect(formatPercent(0.125)).toBe("12.5%");
    expect(formatPercent(1 / 3, 0)).toBe("33%");
    expect(formatSigned(12.34)).toBe("+12.3");
    expect(formatSigned(-5)).toBe("-5.0");
    expect(formatSigned(-0.01)).toBe("0.0");
    expect(formatRelative(2.345)).toBe("+2.3%");
    expect(formatRelative(null)).toBe("—");
  });
  test("days: days under 60, months from 60", () => {
    expect(formatDays(1)).toBe("1 day");
    expect(formatDays(45)).toBe("45 days");
    expect(formatDays(59)).toBe("59 days");
    expect(formatDays(60)).toBe("2.0 months");
    expect(formatDays(97)).toBe("3.2 months");
    expect(formatDays(null)).toBe("—");
  });
  test("dates, independent of time zone", () => {
    expect(formatDate("2025-03-14")).toBe("Mar 2025");
    expect(formatDate("2023-12-01")).toBe("Dec 2023");
    expect(formatDateLong("2025-03-04")).toBe("4 Mar 2025");
  });
  test("metric values by unit", () => {
    expect(formatMetricValue("best-rank", 2, "lmarena-text")).toBe("#2");
    expect(formatMetricValue("best-score", 1300, "lmarena-text")).toBe("1300.0");
    expect(formatMetricValue("top-n-count", 4, "lmarena-text")).toBe("4");
    expect(formatMetricValue("top-n-share", 0.25, "lmarena-text")).toBe("25.0%");
    expect(formatMetricValue("model-count", null, "lmarena-text")).toBe("—");
  });
});

describe("metric kinds", () => {
  test("metadata for every metric", () => {
    expect(METRICS.every((m) => METRIC_INFO[m] !== undefined)).toBe(true);
    expect(METRIC_INFO["best-rank"].lowerIsBetter).toBe(true);
    expect(METRICS.filter((m) => METRIC_INFO[m].usesN)).toEqual(["top-n-count", "top-n-share"]);
    expect(metricLabel("top-n-count", 10)).toBe("Models in the top 10");
    expect(isMetricKind("best-rank")).toBe(true);
    expect(isMetricKind("worst-rank")).toBe(false);
  });
});

describe("toCsv", () => {
  test("RFC 4180 quoting, CRLF, null as empty", () => {
    const csv = toCsv(
      ["date", "model", "value"],
      [
        ["2025-01-01", 'say "hi", then', 1.5],
        ["2025-01-02", "line\nbreak", null],
      ],
    );
    expect(csv).toBe('date,model,value\r\n2025-01-01,"say ""hi"", then",1.5\r\n2025-01-02,"line\nbreak",\r\n');
  });
  test("formula-like strings are neutralised, numbers are not", () => {
    const csv = toCsv(["a", "b", "c", "d", "e", "f", "g"], [["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", -3, "a=b"]]);
    expect(csv.split("\r\n")[1]).toBe("'=1+1,'+cmd,'-2,'@SUM(A1),'\tx,-3,a=b");
  });
  test("a neutralised cell that also needs quoting is quoted after the prefix", () => {
    expect(toCsv(["x"], [["=A1,B1"]])).toBe('x\r\n"\'=A1,B1"\r\n');
    expect(toCsv(["x"], [["\rcmd"]])).toBe('x\r\n"\'\rcmd"\r\n');
  });
  test("cells with ; or | or edge spaces are quoted, so no locale's separator can start a formula", () => {
    const csv = toCsv(["a", "b", "c", "d", "e"], [["x;=cmd()", "y|=cmd()", " =1+1", "z ", "plain"]]);
    expect(csv.split("\r\n")[1]).toBe('"x;=cmd()","y|=cmd()"," =1+1","z ",plain');
  });
  test("non-finite numbers are empty", () => {
    expect(toCsv(["x", "y"], [[NaN, Infinity]])).toBe("x,y\r\n,\r\n");
  });
});

describe("formatCi", () => {
  test("symmetric intervals as ±, asymmetric as +up/−down, at the board's precision", async () => {
    const { formatCi } = await import("@/lib/standings/format");
    expect(formatCi(1300, 1296, 1304, 1)).toBe("±4.0");
    expect(formatCi(1300, 1296.98, 1303.04, 1)).toBe("±3.0");
    expect(formatCi(1300, 1297, 1305, 1)).toBe("+5.0/−3.0");
    expect(formatCi(42.5, 42.25, 42.75, 2)).toBe("±0.25");
    expect(formatCi(1300, null, 1305, 1)).toBe("");
    expect(formatCi(1300, 1296, null, 1)).toBe("");
  });
});
