import { describe, expect, test } from "vitest";
import { MIN_PIXELS_PER_POINT, pointsPerPixel, showPointMarkers } from "@/lib/view/chart/point-markers";

describe("showPointMarkers", () => {
  test("a dense series is a line: 110 arena dates at a phone's plot width (252 px) and at a desktop's (992 px)", () => {
    expect(showPointMarkers(110, 252)).toBe(false);
    expect(showPointMarkers(110, 992)).toBe(false);
  });

  test("a sparse series keeps its markers: 6 snapshots, or 3 on a phone", () => {
    expect(showPointMarkers(6, 992)).toBe(true);
    expect(showPointMarkers(3, 252)).toBe(true);
  });

  test("the threshold is the minimum spacing between neighbouring points", () => {
    const width = 600;
    const atLimit = width / MIN_PIXELS_PER_POINT;
    expect(showPointMarkers(atLimit, width)).toBe(true);
    expect(showPointMarkers(atLimit + 1, width)).toBe(false);
  });

  test("one point always shows (a line needs two), none never does, and no width is dense", () => {
    expect(showPointMarkers(1, 10)).toBe(true);
    expect(showPointMarkers(0, 1000)).toBe(false);
    expect(showPointMarkers(2, 0)).toBe(false);
    expect(pointsPerPixel(5, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(pointsPerPixel(50, 200)).toBe(0.25);
  });
});
