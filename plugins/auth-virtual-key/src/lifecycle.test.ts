// The key lifecycle, model-based, against the plugin with its default store (memory).
import { manualClock } from "@aigw/testkit";
import { afterAll, expect, it } from "vitest";
import { testGateway } from "./testing/gateway.js";
import { checkLifecycle } from "./testing/lifecycle-model.js";

const clock = manualClock(Date.parse("2030-01-01T00:00:00Z"));
const gw = await testGateway({ clock });
afterAll(() => gw.close());

it("create, use, rotate, revoke, expire and rescope keys: the gateway answers as the model says", async () => {
  await checkLifecycle({ gw, clock }, 150);
  expect(gw.records.length).toBeGreaterThan(0);
}, 120_000);
