// The init context: the engine's default services behind a plugin's `create`, the environment a
// test gives, and a capturing logger that keeps what the plugin and its children log.
import { describe, expect, it } from "vitest";
import { initContext } from "./init-context.js";
import { capturingLogger, type LogEntry } from "./logs.js";

describe("initContext", () => {
  it("names the node and plugin, reads the given environment, and logs into the given logger", async () => {
    const entries: LogEntry[] = [];
    const init = initContext({ logger: capturingLogger(entries), env: { TOKEN: "t" }, node: "trace" });
    expect([init.node, init.plugin]).toEqual(["trace", "test"]);
    expect(init.services.env.get("TOKEN")).toBe("t");
    expect(init.services.env.get("OTHER")).toBeUndefined();
    expect(typeof init.services.clock.now()).toBe("number");
    await init.store.set("k", "v");
    expect(await init.store.get("k")).toBe("v");
    init.logger.child({ a: 1 }).warn({ b: 2 }, "careful");
    init.services.logger.info({}, "up");
    expect(entries).toEqual([
      { level: "warn", fields: { b: 2 }, message: "careful" },
      { level: "info", fields: {}, message: "up" },
    ]);
  });

  it("gives every context a logger of its own by default", () => {
    const logger = initContext().logger as ReturnType<typeof capturingLogger>;
    logger.error({ x: 1 });
    expect(logger.entries).toEqual([{ level: "error", fields: { x: 1 }, message: undefined }]);
  });
});
