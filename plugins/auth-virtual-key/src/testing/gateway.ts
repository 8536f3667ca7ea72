/**
 * Test support: a real gateway (createGateway) with the auth node in front of the mock provider
 * (loaded by package name, as a config file names it), an admin client over `gateway.fetch`,
 * and a recorder of every line the gateway logs and every answer it gives, so tests can check
 * that no secret ever shows up where it must not.
 */
import { createGateway, type Gateway, jsonLogger } from "@aigw/engine";
import type { Clock, Plugin, Principal, RequestRecord } from "@aigw/plugin-api";
import { definePlugin } from "@aigw/plugin-api";
import type { VirtualKeyAuthConfig } from "../config.gen.js";
import auth from "../index.js";

/** 32 bytes of base64: test master keys. */
export const MASTER_KEY_A = "q0s6r2mXb3pR3y8Wn6Y1o4Hk9d2Vt7Qe5Lc0Zf8Ju1M=";
export const MASTER_KEY_B = "c3f1a9e04b7d2c6a8e5f1b3d7a9c2e4f6b8d0a1c3e5f7b9d1a3c5e7f9b1d3a5c";
export const ADMIN_TOKEN = "bootstrap-admin-token-for-tests";

export interface TestGatewayOptions {
  auth?: VirtualKeyAuthConfig;
  env?: Record<string, string | undefined>;
  clock?: Clock;
  /** Named configs, each with the auth node in front of the mock provider. */
  configs?: readonly string[];
  /** The mock provider's fixed reply per config (`default`: the main pipeline's); unset: derived from the prompt. */
  replies?: Readonly<Record<string, string>>;
  services?: Parameters<typeof createGateway>[0]["services"];
  stores?: { type: "redis"; url: string };
  /** More plugins, and nodes placed after the auth node. */
  extraPlugins?: readonly Plugin[];
  extraNodes?: readonly Record<string, unknown>[];
}

/** An answer's JSON, with the fields tests read typed (anything else is `unknown`). */
export interface AnswerJson {
  readonly [field: string]: unknown;
  readonly error?: { message: string; type: string; code: string | null; param: string | null };
  readonly id?: string;
  readonly key?: string;
  readonly token?: string;
  readonly status?: string;
  readonly data?: AnswerJson[];
  readonly next_cursor?: string | null;
}

export interface Answer {
  readonly status: number;
  readonly json: AnswerJson;
}

export interface TestGateway {
  readonly gateway: Gateway;
  /** Every line the gateway logged. */
  readonly logged: string[];
  /** Every answer body the tests read through `admin` and `chat`. */
  readonly answers: string[];
  /** Every finished request record. */
  readonly records: RequestRecord[];
  /** The principal each request had after the auth node, with the config it ran in. */
  readonly principals: { config: string; principal: Principal | undefined }[];
  admin(method: string, path: string, body?: unknown, token?: string): Promise<Answer>;
  chat(
    key: string | undefined,
    options?: { model?: string; header?: string; config?: string; path?: string },
  ): Promise<Answer>;
  close(): Promise<void>;
}

function recorder(records: RequestRecord[]): Plugin {
  return definePlugin({
    manifest: {
      name: "test-recorder",
      kind: "observer",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["finish"],
      configSchema: { type: "object" },
    },
    create: () => ({
      finish(record) {
        records.push(record);
      },
    }),
  });
}

/** A request node after the auth node, keeping the principal it sees. */
function principalProbe(seen: { config: string; principal: Principal | undefined }[]): Plugin {
  return definePlugin({
    manifest: {
      name: "test-principal",
      kind: "transform",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["request"],
      configSchema: { type: "object" },
    },
    create: () => ({
      request(ctx) {
        seen.push({ config: ctx.config, principal: structuredClone(ctx.annotations.principal) });
      },
    }),
  });
}

export async function testGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const logged: string[] = [];
  const answers: string[] = [];
  const records: RequestRecord[] = [];
  const principals: { config: string; principal: Principal | undefined }[] = [];
  const authNode = { id: "auth", plugin: "auth-virtual-key", config: options.auth ?? {} };
  const reply = (config: string) => {
    const text = options.replies?.[config];
    return text === undefined ? {} : { reply: text };
  };
  const tail = (config: string) => [
    ...(options.extraNodes ?? []),
    { id: "probe", plugin: "test-principal" },
    { id: "records", plugin: "test-recorder" },
    { id: "llm", plugin: "providers-mock", config: reply(config) },
  ];
  const gateway = await createGateway({
    config: {
      plugins: ["@aigw/providers-mock"],
      pipeline: { nodes: [authNode, ...tail("default")] },
      ...(options.configs
        ? {
            configs: Object.fromEntries(
              options.configs.map((name) => [name, { nodes: [authNode, ...tail(name)] }]),
            ),
          }
        : {}),
      ...(options.stores ? { stores: options.stores } : {}),
    },
    plugins: [
      auth as Plugin<never>,
      recorder(records) as Plugin<never>,
      principalProbe(principals) as Plugin<never>,
      ...((options.extraPlugins ?? []) as Plugin<never>[]),
    ],
    importPackage: (name) => import(name),
    env: { AIGW_ADMIN_TOKEN: ADMIN_TOKEN, AIGW_MASTER_KEY: MASTER_KEY_A, ...options.env },
    services: {
      logger: jsonLogger("debug", (line) => logged.push(line)),
      ...(options.clock ? { clock: options.clock } : {}),
      ...options.services,
    },
  });
  const read = async (response: Response): Promise<Answer> => {
    const text = await response.text();
    answers.push(text);
    return { status: response.status, json: text ? (JSON.parse(text) as AnswerJson) : {} };
  };
  return {
    gateway,
    logged,
    answers,
    records,
    principals,
    async admin(method, path, body, token = ADMIN_TOKEN) {
      const response = await gateway.fetch(
        new Request(`http://gateway.test${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
        }),
      );
      return read(response);
    },
    async chat(
      key,
      { model = "mock-1", header = "authorization", config, path = "/v1/chat/completions" } = {},
    ) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (key !== undefined) headers[header] = header === "authorization" ? `Bearer ${key}` : key;
      if (config) headers["x-aigw-config"] = config;
      const body =
        path === "/v1/embeddings"
          ? { model, input: "hello" }
          : { model, messages: [{ role: "user", content: "hello there" }] };
      const response = await gateway.fetch(
        new Request(`http://gateway.test${path}`, { method: "POST", headers, body: JSON.stringify(body) }),
      );
      const result = await read(response);
      await gateway.idle();
      return result;
    },
    close: () => gateway.close(),
  };
}
