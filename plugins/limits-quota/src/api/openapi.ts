/**
 * The OpenAPI 3.1 operations of the admin routes, served by the engine at
 * `GET /admin/openapi.json`: parameters, and the JSON schemas of what each answers.
 */
import type { JsonObject } from "@aigw/plugin-api";
import { GROUPS, SCOPES } from "./params.js";

const ERROR: JsonObject = {
  description: "An OpenAI-shaped error.",
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          error: {
            type: "object",
            properties: {
              message: { type: "string" },
              type: { type: "string" },
              code: { type: ["string", "null"] },
              param: { type: ["string", "null"] },
            },
          },
        },
      },
    },
  },
};

const query = (name: string, description: string, schema: JsonObject, required = false): JsonObject => ({
  name,
  in: "query",
  required,
  description,
  schema,
});

const TIME = {
  type: "string",
  description: "ISO 8601 date or time (UTC unless zoned), or ms since the epoch.",
};
const NUMBER = { type: "number" };

export const SPEND_OPERATION: JsonObject = {
  operationId: "getSpend",
  summary: "Spend and tokens from the ledger, grouped by key, team, user, model and/or day.",
  parameters: [
    query("from", "Inclusive lower bound on the request time.", TIME),
    query("to", "Exclusive upper bound on the request time.", TIME),
    query("key", "Only this key id.", { type: "string" }),
    query("team", "Only this team.", { type: "string" }),
    query("user", "Only this user.", { type: "string" }),
    query("model", "Only this model (the one served, else the one asked for).", { type: "string" }),
    query("group_by", `Comma-separated: ${GROUPS.join(", ")}. None: one total.`, { type: "string" }),
    query("limit", "Groups returned, dearest first (1-1000, default 100).", {
      type: "integer",
      minimum: 1,
      maximum: 1000,
    }),
  ],
  responses: {
    "200": {
      description: "The groups, dearest first.",
      content: {
        "application/json": {
          schema: {
            type: "object",
            required: ["object", "group_by", "data"],
            properties: {
              object: { const: "list" },
              group_by: { type: "array", items: { enum: [...GROUPS] } },
              data: {
                type: "array",
                items: {
                  type: "object",
                  required: ["requests", "prompt_tokens", "completion_tokens", "total_tokens", "cost_usd"],
                  properties: {
                    key: { type: ["string", "null"] },
                    team: { type: ["string", "null"] },
                    user: { type: ["string", "null"] },
                    model: { type: ["string", "null"] },
                    day: { type: "string", description: "YYYY-MM-DD (UTC)" },
                    requests: { type: "integer" },
                    prompt_tokens: { type: "integer" },
                    completion_tokens: { type: "integer" },
                    total_tokens: { type: "integer" },
                    cost_usd: NUMBER,
                  },
                },
              },
            },
          },
        },
      },
    },
    "400": ERROR,
    "404": { ...ERROR, description: "No spend ledger is configured (the node has no `postgres`)." },
    "503": { ...ERROR, description: "The ledger's database is unavailable." },
  },
};

export const LIMITS_OPERATION: JsonObject = {
  operationId: "getSpendLimits",
  summary: "One scope's rate-limit and spend counters as they stand in the quota store, with its limits.",
  parameters: [
    query("scope", "Whose counters.", { enum: [...SCOPES] }, true),
    query("id", "The key's, team's or user's id.", { type: "string" }, true),
  ],
  responses: {
    "200": {
      description: "The counters.",
      content: {
        "application/json": {
          schema: {
            type: "object",
            required: ["scope", "id", "shared", "counters", "budgets"],
            properties: {
              scope: { enum: [...SCOPES] },
              id: { type: "string" },
              shared: { type: "boolean", description: "True when every instance counts in the same store." },
              counters: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    kind: { enum: ["requests", "tokens"] },
                    window: { enum: ["minute", "day"] },
                    used: NUMBER,
                    limit: { type: ["integer", "null"], description: "As last seen on a request here." },
                    resets_in_ms: { type: "integer" },
                  },
                },
              },
              budgets: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    period: { enum: ["daily", "monthly", "total"] },
                    spent_usd: NUMBER,
                    limit_usd: { type: ["number", "null"] },
                    resets_in_ms: { type: ["integer", "null"] },
                  },
                },
              },
            },
          },
        },
      },
    },
    "400": ERROR,
    "503": { ...ERROR, description: "The quota store is unavailable." },
  },
};
