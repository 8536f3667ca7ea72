// A key's default config through a running gateway: the key's requests are handed to
// `configs.team-red`, whose own auth node goes on with the principal already set and whose
// provider answers; the record names team-red. A key naming a config the gateway lacks gets the
// documented 500.
import { afterEach, expect, it } from "vitest";
import { type TestGateway, testGateway } from "./testing/gateway.js";

let gw: TestGateway;
afterEach(async () => {
  await gw?.close();
});

const REPLIES = { default: "answered by the main pipeline", "team-red": "answered by team-red" };

function replyOf(json: Record<string, unknown>): unknown {
  return (json["choices"] as { message: { content: string } }[] | undefined)?.[0]?.message.content;
}

it("hands a key's requests to its default config, answered by that config's provider", async () => {
  gw = await testGateway({ configs: ["team-red"], replies: REPLIES });
  expect((await gw.admin("POST", "/admin/teams", { id: "red" })).status).toBe(201);
  const plain = await gw.admin("POST", "/admin/keys", { name: "plain" });
  const red = await gw.admin("POST", "/admin/keys", { name: "red", team: "red", defaultConfig: "team-red" });
  expect(red.status).toBe(201);

  const main = await gw.chat(plain.json.key);
  expect(main.status).toBe(200);
  expect(replyOf(main.json)).toBe(REPLIES.default);
  expect(gw.records.at(-1)).toMatchObject({ config: "default", keyId: plain.json.id });

  const handed = await gw.chat(red.json.key);
  expect(handed.status).toBe(200);
  expect(replyOf(handed.json)).toBe(REPLIES["team-red"]);
  const record = gw.records.at(-1)!;
  expect(record).toMatchObject({ config: "team-red", keyId: red.json.id, team: "red" });
  // The auth node ran in both plans; the main pipeline's nodes after it did not.
  const ran = record.timings.nodes.map((n) => n.node);
  expect(ran.filter((node) => node === "auth")).toHaveLength(2);
  expect(ran.filter((node) => node === "llm")).toHaveLength(1);
  // Only team-red's probe saw the request, with the principal the first plan's auth node set.
  expect(gw.principals.at(-1)).toEqual({
    config: "team-red",
    principal: expect.objectContaining({ keyId: red.json.id, team: "red" }),
  });

  // Selecting team-red explicitly runs there from the start, authenticated there.
  const chosen = await gw.chat(red.json.key, { config: "team-red" });
  expect(replyOf(chosen.json)).toBe(REPLIES["team-red"]);
  expect(gw.records.at(-1)!.timings.nodes.filter((n) => n.node === "auth")).toHaveLength(1);
});

it("answers 500 plugin_failed, naming the config, for a key whose default config the gateway lacks", async () => {
  gw = await testGateway({ configs: ["team-red"], replies: REPLIES });
  const key = await gw.admin("POST", "/admin/keys", { name: "stale", defaultConfig: "team-blue" });
  expect(key.status).toBe(201);
  const answer = await gw.chat(key.json.key);
  expect(answer.status).toBe(500);
  expect(answer.json.error).toMatchObject({ code: "plugin_failed", type: "server_error" });
  expect(answer.json.error!.message).toContain('"team-blue"');
  expect(answer.json.error!.message).toContain("team-red");
  expect(gw.records.at(-1)).toMatchObject({ status: 500, error: { code: "plugin_failed", node: "auth" } });
});
