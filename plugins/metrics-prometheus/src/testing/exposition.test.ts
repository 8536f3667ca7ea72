/** The strict exposition parser used by the tests: what it accepts, and that it refuses the rest. */
import { describe, expect, test } from "vitest";
import { labelValues, parseExposition, sampleValue, total } from "./exposition.js";

const GOOD = `# HELP req_total Requests, with a \\\\ and a\\nnewline.
# TYPE req_total counter
req_total{a="x",b="q\\"uote\\\\"} 3
req_total{a="y",b=""} 4.5e1

# TYPE lat histogram
lat_bucket{p="o",le="0.1"} 1
lat_bucket{p="o",le="1"} 3
lat_bucket{p="o",le="+Inf"} 4
lat_sum{p="o"} 7.25
lat_count{p="o"} 4
# a comment
up 1 1700000000000
`;

describe("parseExposition", () => {
  test("reads families, types, help, escaped labels, values and histograms", () => {
    const scrape = parseExposition(GOOD);
    expect(scrape.get("req_total")).toMatchObject({
      type: "counter",
      help: "Requests, with a \\ and a\nnewline.",
    });
    expect(sampleValue(scrape, "req_total", { a: "x", b: 'q"uote\\' })).toBe(3);
    expect(total(scrape, "req_total")).toBe(48);
    expect(scrape.get("lat")?.type).toBe("histogram");
    expect(sampleValue(scrape, "lat_sum", { p: "o" })).toBe(7.25);
    expect(labelValues(scrape, "lat_bucket", "le")).toEqual(new Set(["0.1", "1", "+Inf"]));
    expect(scrape.get("up")?.type).toBe("untyped");
  });

  test.each([
    ["a bad metric name", "1abc 1\n"],
    ["a bad label name", 'x{1a="b"} 1\n'],
    ["an unquoted label value", "x{a=b} 1\n"],
    ["an unclosed label value", 'x{a="b} 1\n'],
    ["a bad escape", 'x{a="\\t"} 1\n'],
    ["a label twice", 'x{a="1",a="2"} 1\n'],
    ["a missing value", 'x{a="1"}\n'],
    ["a bad value", "x one\n"],
    ["a bad timestamp", "x 1 soon\n"],
    ["the same series twice", 'x{a="1"} 1\nx{a="1"} 2\n'],
    ["a family in two places", 'x 1\ny 1\nx{a="2"} 1\n'],
    ["a TYPE after samples", "x 1\n# TYPE x counter\n"],
    ["an unknown type", "# TYPE x meter\n"],
    ["no final newline", "x 1"],
    [
      "buckets that are not cumulative",
      '# TYPE h histogram\nh_bucket{le="1"} 2\nh_bucket{le="+Inf"} 1\nh_sum 1\nh_count 1\n',
    ],
    [
      "a +Inf bucket that is not the count",
      '# TYPE h histogram\nh_bucket{le="+Inf"} 2\nh_sum 1\nh_count 1\n',
    ],
    ["a histogram without +Inf", '# TYPE h histogram\nh_bucket{le="1"} 1\nh_sum 1\nh_count 1\n'],
    ["a histogram without a count", '# TYPE h histogram\nh_bucket{le="+Inf"} 1\nh_sum 1\n'],
  ])("refuses %s", (_, text) => {
    expect(() => parseExposition(text)).toThrow(/line \d+: /);
  });

  test("sampleValue wants exactly one series with exactly those labels", () => {
    const scrape = parseExposition(GOOD);
    expect(() => sampleValue(scrape, "req_total", { a: "x" })).toThrow(/found 0/);
    expect(() => sampleValue(scrape, "nothing")).toThrow(/found 0/);
  });
});
