/**
 * Instances of one node id share one registry: a second instance (another named config, a
 * reload) registers nothing twice and counts into the same metrics; the last one out drops them.
 */
import type { Logger } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { MetricsNode } from "./metrics-node.js";
import { settingsOf } from "./settings.js";
import { parseExposition, sampleValue, total } from "./testing/exposition.js";
import { silentLogger, uniqueNodeId } from "./testing/gateway.js";
import { recordOf } from "./testing/records.js";

const settings = settingsOf({ defaultMetrics: true });

async function requests(node: MetricsNode): Promise<number> {
  return total(parseExposition(await (await node.scrape()).text()), "aigw_requests_total");
}

describe("one registry per node id", () => {
  test("two instances of one id share counts and one scrape; neither registration throws", async () => {
    const id = uniqueNodeId();
    const a = new MetricsNode(id, settings, silentLogger());
    const b = new MetricsNode(id, settings, silentLogger());
    a.observe(recordOf());
    b.observe(recordOf());
    b.observe(recordOf({ config: "cheap" }));
    expect(await requests(a)).toBe(3);
    expect(await requests(b)).toBe(3);
    // Closing one (a reload's old instance) keeps the counts for the other.
    a.close();
    a.close();
    b.observe(recordOf());
    expect(await requests(b)).toBe(4);
    b.close();
    // The last one out dropped them: a new instance of the id starts from zero.
    const c = new MetricsNode(id, settings, silentLogger());
    expect(await requests(c)).toBe(0);
    c.close();
  });

  test("another id has metrics of its own", async () => {
    const a = new MetricsNode(uniqueNodeId(), settings, silentLogger());
    const b = new MetricsNode(uniqueNodeId(), settings, silentLogger());
    a.observe(recordOf());
    expect(await requests(a)).toBe(1);
    expect(await requests(b)).toBe(0);
    a.close();
    b.close();
  });

  test("a later instance with other settings is warned that the first settings hold", async () => {
    const id = uniqueNodeId();
    const warnings: string[] = [];
    const logger: Logger = { ...silentLogger(), warn: (_, message) => void warnings.push(message ?? "") };
    const a = new MetricsNode(id, settingsOf({ defaultMetrics: false }), logger);
    const b = new MetricsNode(id, settingsOf({ defaultMetrics: false, prefix: "other_" }), logger);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("other settings");
    b.observe(recordOf());
    const scrape = parseExposition(await (await b.scrape()).text());
    expect(sampleValue(scrape, "aigw_retries_total")).toBe(0);
    expect(scrape.has("other_requests_total")).toBe(false);
    a.close();
    b.close();
  });
});
