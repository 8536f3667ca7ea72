// Secrets never appear where they must not: every line the gateway logged and every answer it
// gave during a full tour (keys made, used, refused, rotated, revoked; tokens; credentials;
// the audit log), the answers that created a secret excepted, and no request record.
import { expect, it } from "vitest";
import { testGateway } from "./testing/gateway.js";

it("no secret in any log line, answer (but its own creation's) or request record", async () => {
  const gw = await testGateway();
  const secrets: string[] = [];
  const creations = new Set<number>();
  const made = async (method: string, path: string, body: unknown, field: "key" | "token") => {
    const answer = await gw.admin(method, path, body);
    creations.add(gw.answers.length - 1);
    secrets.push(answer.json[field] as string);
    return answer;
  };
  await gw.admin("POST", "/admin/teams", { id: "t" });
  const key = await made("POST", "/admin/keys", { name: "k", team: "t", models: ["mock-1"] }, "key");
  await gw.chat(key.json.key);
  await gw.chat(key.json.key, { model: "other" });
  const rotated = await made("POST", `/admin/keys/${key.json.id}/rotate`, { graceSeconds: 10 }, "key");
  await gw.chat(key.json.key);
  await gw.chat(rotated.json.key, { header: "x-api-key" });
  await gw.admin("DELETE", `/admin/keys/${key.json.id}`);
  await gw.chat(rotated.json.key, { header: "api-key" });
  await gw.chat(`${rotated.json.key}x`);
  const token = await made("POST", "/admin/tokens", { name: "v", role: "viewer" }, "token");
  await gw.admin("GET", "/admin/keys", undefined, token.json.token);
  await gw.admin("POST", "/admin/keys", { name: "x" }, token.json.token);
  const credential = "sk-upstream-credential-value-0042";
  secrets.push(credential);
  await gw.admin("PUT", "/admin/credentials/openai", { value: credential });
  await gw.admin("PUT", "/admin/credentials/openai", { value: credential, extra: true });
  await gw.admin("GET", "/admin/credentials");
  await gw.admin("GET", "/admin/audit");
  await gw.close();

  expect(gw.logged.length).toBeGreaterThan(0);
  for (const secret of secrets) {
    for (const line of gw.logged) expect(line).not.toContain(secret);
    gw.answers.forEach((answer, i) => {
      if (!creations.has(i)) expect(answer).not.toContain(secret);
    });
    for (const record of gw.records) expect(JSON.stringify(record)).not.toContain(secret);
  }
});
