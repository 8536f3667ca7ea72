/** Label bounds: values kept up to the bound, `other` beyond it (counted), `none` for absent. */
import { describe, expect, test } from "vitest";
import { LabelBound, LabelBounds, NONE, OTHER } from "./labels.js";

describe("LabelBound", () => {
  test("keeps the first max values, folds later ones into other and counts them", () => {
    const bound = new LabelBound("model", 2);
    const text = (raw: unknown) => bound.of(raw).text;
    expect(text("a")).toBe("a");
    expect(text("b")).toBe("b");
    expect(text("c")).toBe(OTHER);
    expect(text("a")).toBe("a");
    expect(text("d")).toBe(OTHER);
    expect(text("c")).toBe(OTHER);
    expect(bound.folded).toBe(3);
    expect(bound.size).toBe(2);
  });

  test("each value is one object with an id of its own; none is 0 and other 1", () => {
    const bound = new LabelBound("key", 3);
    const a = bound.of("a");
    expect(bound.of("a")).toBe(a);
    expect(
      new Set([bound.of(undefined).id, bound.of(OTHER).id, a.id, bound.of("b").id, bound.of("c").id]),
    ).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(bound.of("d")).toBe(bound.other);
  });

  test("absent, empty and non-string values are none, and none and other take no room", () => {
    const bound = new LabelBound("key", 1);
    const text = (raw: unknown) => bound.of(raw).text;
    expect(text(undefined)).toBe(NONE);
    expect(text("")).toBe(NONE);
    expect(text({})).toBe(NONE);
    expect(text(Number.NaN)).toBe(NONE);
    expect(text(NONE)).toBe(NONE);
    expect(text(OTHER)).toBe(OTHER);
    expect(bound.size).toBe(0);
    expect(text(404)).toBe("404");
    expect(text("x")).toBe(OTHER);
    expect(bound.folded).toBe(1);
  });
});

describe("LabelBounds", () => {
  test("named labels use their configured bound, every other label the `other` bound", () => {
    const bounds = new LabelBounds({ model: 3, other: 7 });
    expect(bounds.for("model").max).toBe(3);
    expect(bounds.for("key").max).toBe(100);
    expect(bounds.for("endpoint").max).toBe(7);
    expect(bounds.for("model")).toBe(bounds.for("model"));
    expect([...bounds.all()].map((b) => b.label)).toEqual(["model", "key", "endpoint"]);
  });
});
