/**
 * The admin API, one entry per operation: its method, the path it is served under (`/*` for
 * those with an id in the path), its OpenAPI path template, the least role it needs (reads
 * `viewer`, changes `editor`, credentials and admin tokens `admin`), its body and answer schemas
 * and what it does. `manifest.serves` and the OpenAPI operations are derived from this table, so
 * a route cannot be served without being documented.
 */
import type { AdminCaller, AdminRole, ServedMethod } from "@aigw/plugin-api";
import { GatewayError } from "@aigw/plugin-api";
import type { Changes } from "../changes.js";
import type { Directory } from "../directory.js";
import type { RecordStore } from "../store/store.js";
import { auditView, credentialView, keyStatus, keyView, teamView, tokenView, userView } from "../views.js";
import { enumParam, MAX_PAGE, pageOf, pageSize, textParam, timeParam } from "./lists.js";
import type { PayloadName, PayloadParser } from "./payloads.js";

/** What an operation's handler gets. */
export interface AdminCall {
  /** The path parameters, in template order. */
  readonly params: readonly string[];
  readonly query: URLSearchParams;
  /** The parsed JSON body (undefined without one). */
  readonly body: unknown;
  readonly caller: AdminCaller;
}

/** What the admin operations work with. */
export interface AdminDeps {
  readonly changes: Changes;
  readonly directory: Directory;
  readonly store: RecordStore;
  readonly parse: PayloadParser;
  readonly now: () => number;
}

/** A query parameter, for the OpenAPI document. */
export interface QueryParam {
  readonly name: string;
  readonly description: string;
  readonly schema: Record<string, unknown>;
}

export interface AdminOperation {
  readonly id: string;
  readonly method: ServedMethod;
  /** The OpenAPI path template, e.g. `/admin/keys/{id}/rotate`. */
  readonly template: string;
  readonly access: AdminRole;
  readonly summary: string;
  readonly tag: string;
  readonly body?: PayloadName;
  readonly bodyOptional?: boolean;
  readonly query?: readonly QueryParam[];
  /** The answer's status and schema: a definition name, `list:<Name>`, or none (204). */
  readonly answer: { status: 200 | 201 | 204; schema?: string };
  run(call: AdminCall, deps: AdminDeps): Promise<{ status?: number; body?: unknown }>;
}

const LIMIT: QueryParam = {
  name: "limit",
  description: `Items per page (1 to ${MAX_PAGE}, default 50).`,
  schema: { type: "integer", minimum: 1, maximum: MAX_PAGE },
};
const AFTER: QueryParam = {
  name: "after",
  description: "The previous page's `next_cursor`.",
  schema: { type: "string" },
};
const textFilter = (name: string, description: string): QueryParam => ({
  name,
  description,
  schema: { type: "string" },
});

function body<N extends PayloadName>(call: AdminCall, deps: AdminDeps, name: N) {
  return deps.parse(name, call.body);
}

function required<T>(value: T | undefined, what: string, id: string): T {
  if (value === undefined) throw new GatewayError("not_found", `No ${what} "${id}".`);
  return value;
}

export const OPERATIONS: readonly AdminOperation[] = [
  {
    id: "listKeys",
    method: "GET",
    template: "/admin/keys",
    access: "viewer",
    summary: "List virtual keys, filtered by team, user or status",
    tag: "keys",
    query: [
      textFilter("team", "Only keys of this team."),
      textFilter("user", "Only keys of this user."),
      {
        name: "status",
        description: "Only keys in this state.",
        schema: { enum: ["active", "revoked", "expired"] },
      },
      LIMIT,
      AFTER,
    ],
    answer: { status: 200, schema: "list:Key" },
    async run({ query }, { directory, now }) {
      const team = textParam(query, "team");
      const user = textParam(query, "user");
      const status = enumParam(query, "status", ["active", "revoked", "expired"] as const);
      const at = now();
      const records = [...directory.keys.values()]
        .map((entry) => entry.record)
        .filter(
          (r) =>
            (team === undefined || r.team === team) &&
            (user === undefined || r.user === user) &&
            (status === undefined || keyStatus(r, at) === status),
        );
      const page = pageOf(records, (r) => r.id, query);
      return { body: { ...page, data: page.data.map((r) => keyView(r, at)) } };
    },
  },
  {
    id: "createKey",
    method: "POST",
    template: "/admin/keys",
    access: "editor",
    summary: "Create a virtual key (its secret is in this answer only)",
    tag: "keys",
    body: "KeyCreate",
    answer: { status: 201, schema: "Key" },
    async run(call, deps) {
      return { status: 201, body: await deps.changes.createKey(body(call, deps, "KeyCreate"), call.caller) };
    },
  },
  {
    id: "getKey",
    method: "GET",
    template: "/admin/keys/{id}",
    access: "viewer",
    summary: "Get a virtual key",
    tag: "keys",
    answer: { status: 200, schema: "Key" },
    async run({ params }, { directory, now }) {
      return { body: keyView(required(directory.keys.get(params[0]!), "key", params[0]!).record, now()) };
    },
  },
  {
    id: "updateKey",
    method: "PATCH",
    template: "/admin/keys/{id}",
    access: "editor",
    summary: "Change a virtual key's name, owners, scopes, expiry, metadata, limits or budget",
    tag: "keys",
    body: "KeyUpdate",
    answer: { status: 200, schema: "Key" },
    async run(call, deps) {
      return {
        body: await deps.changes.updateKey(call.params[0]!, body(call, deps, "KeyUpdate"), call.caller),
      };
    },
  },
  {
    id: "rotateKey",
    method: "POST",
    template: "/admin/keys/{id}/rotate",
    access: "editor",
    summary: "Issue a new secret for a key; the old one stops now or after `graceSeconds`",
    tag: "keys",
    body: "KeyRotate",
    bodyOptional: true,
    answer: { status: 200, schema: "Key" },
    async run(call, deps) {
      const input = body(call, deps, "KeyRotate");
      return { body: await deps.changes.rotateKey(call.params[0]!, input, call.caller) };
    },
  },
  {
    id: "revokeKey",
    method: "DELETE",
    template: "/admin/keys/{id}",
    access: "editor",
    summary: "Revoke a virtual key for good (it stays listed as revoked)",
    tag: "keys",
    answer: { status: 200, schema: "Key" },
    async run(call, deps) {
      return { body: await deps.changes.revokeKey(call.params[0]!, call.caller) };
    },
  },
  ...ownerOperations("team"),
  ...ownerOperations("user"),
  {
    id: "listCredentials",
    method: "GET",
    template: "/admin/credentials",
    access: "admin",
    summary: "List stored provider credentials (names and metadata; never a value)",
    tag: "credentials",
    query: [LIMIT, AFTER],
    answer: { status: 200, schema: "list:Credential" },
    async run({ query }, { directory }) {
      const page = pageOf([...directory.credentials.values()], (r) => r.id, query);
      return { body: { ...page, data: page.data.map(credentialView) } };
    },
  },
  {
    id: "getCredential",
    method: "GET",
    template: "/admin/credentials/{name}",
    access: "admin",
    summary: "Get a credential's metadata (never its value)",
    tag: "credentials",
    answer: { status: 200, schema: "Credential" },
    async run({ params }, { directory }) {
      return {
        body: credentialView(required(directory.credentials.get(params[0]!), "credential", params[0]!)),
      };
    },
  },
  {
    id: "putCredential",
    method: "PUT",
    template: "/admin/credentials/{name}",
    access: "admin",
    summary: "Store or replace a provider credential, encrypted under the primary master key",
    tag: "credentials",
    body: "CredentialPut",
    answer: { status: 200, schema: "Credential" },
    async run(call, deps) {
      const input = body(call, deps, "CredentialPut");
      const { credential, created } = await deps.changes.putCredential(call.params[0]!, input, call.caller);
      return { status: created ? 201 : 200, body: credential };
    },
  },
  {
    id: "deleteCredential",
    method: "DELETE",
    template: "/admin/credentials/{name}",
    access: "admin",
    summary: "Delete a stored credential",
    tag: "credentials",
    answer: { status: 204 },
    async run(call, deps) {
      await deps.changes.deleteCredential(call.params[0]!, call.caller);
      return { status: 204 };
    },
  },
  {
    id: "reencryptCredentials",
    method: "POST",
    template: "/admin/vault/reencrypt",
    access: "admin",
    summary: "Re-encrypt every credential under the primary master key (after rotating AIGW_MASTER_KEY)",
    tag: "credentials",
    answer: { status: 200, schema: "Reencryption" },
    async run(call, deps) {
      return { body: await deps.changes.reencryptCredentials(call.caller) };
    },
  },
  {
    id: "listTokens",
    method: "GET",
    template: "/admin/tokens",
    access: "admin",
    summary: "List admin tokens (never a secret)",
    tag: "tokens",
    query: [LIMIT, AFTER],
    answer: { status: 200, schema: "list:Token" },
    async run({ query }, { directory }) {
      const page = pageOf([...directory.tokens.values()], (r) => r.id, query);
      return { body: { ...page, data: page.data.map(tokenView) } };
    },
  },
  {
    id: "createToken",
    method: "POST",
    template: "/admin/tokens",
    access: "admin",
    summary: "Create an admin token with a role (its secret is in this answer only)",
    tag: "tokens",
    body: "TokenCreate",
    answer: { status: 201, schema: "Token" },
    async run(call, deps) {
      return {
        status: 201,
        body: await deps.changes.createToken(body(call, deps, "TokenCreate"), call.caller),
      };
    },
  },
  {
    id: "getToken",
    method: "GET",
    template: "/admin/tokens/{id}",
    access: "admin",
    summary: "Get an admin token (never its secret)",
    tag: "tokens",
    answer: { status: 200, schema: "Token" },
    async run({ params }, { directory }) {
      return { body: tokenView(required(directory.tokens.get(params[0]!), "admin token", params[0]!)) };
    },
  },
  {
    id: "deleteToken",
    method: "DELETE",
    template: "/admin/tokens/{id}",
    access: "admin",
    summary: "Delete an admin token (it stops working at once on every instance)",
    tag: "tokens",
    answer: { status: 204 },
    async run(call, deps) {
      await deps.changes.deleteToken(call.params[0]!, call.caller);
      return { status: 204 };
    },
  },
  {
    id: "listAudit",
    method: "GET",
    template: "/admin/audit",
    access: "viewer",
    summary: "The audit log, newest first: who changed what, when",
    tag: "audit",
    query: [
      textFilter("actor", "Only changes by this admin token id (`bootstrap` for AIGW_ADMIN_TOKEN)."),
      textFilter("action", "Only this action, e.g. `key.revoke`."),
      {
        name: "target_type",
        description: "Only changes to this kind of entity.",
        schema: { enum: ["key", "team", "user", "credential", "token", "vault"] },
      },
      textFilter("target_id", "Only changes to this entity."),
      {
        name: "since",
        description: "From this time (RFC 3339).",
        schema: { type: "string", format: "date-time" },
      },
      {
        name: "until",
        description: "Up to this time (RFC 3339).",
        schema: { type: "string", format: "date-time" },
      },
      LIMIT,
      { name: "before", description: "The previous page's `next_cursor`.", schema: { type: "string" } },
    ],
    answer: { status: 200, schema: "list:AuditEntry" },
    async run({ query }, { store }) {
      const limit = pageSize(query);
      const before = textParam(query, "before");
      if (before !== undefined && !/^[0-9]{1,18}$/.test(before))
        throw new GatewayError("invalid_request", "before must be an audit entry id.", { param: "before" });
      const entries = await store.queryAudit({
        actor: textParam(query, "actor"),
        action: textParam(query, "action"),
        targetType: enumParam(query, "target_type", ["key", "team", "user", "credential", "token", "vault"]),
        targetId: textParam(query, "target_id"),
        since: timeParam(query, "since"),
        until: timeParam(query, "until"),
        before,
        limit: limit + 1,
      });
      const data = entries.slice(0, limit).map(auditView);
      return {
        body: {
          object: "list",
          data,
          next_cursor: entries.length > limit ? data[data.length - 1]!.id : null,
        },
      };
    },
  },
];

/** CRUD of teams and users (the same shape; users may belong to a team). */
function ownerOperations(kind: "team" | "user"): AdminOperation[] {
  const plural = `${kind}s`;
  const Name = kind === "team" ? "Team" : "User";
  const map = (deps: AdminDeps) => (kind === "team" ? deps.directory.teams : deps.directory.users);
  const view = (record: never) => (kind === "team" ? teamView(record) : userView(record));
  return [
    {
      id: `list${Name}s`,
      method: "GET",
      template: `/admin/${plural}`,
      access: "viewer",
      summary: `List ${plural}`,
      tag: plural,
      query: [LIMIT, AFTER],
      answer: { status: 200, schema: `list:${Name}` },
      async run({ query }, deps) {
        const page = pageOf([...map(deps).values()], (r) => r.id, query);
        return { body: { ...page, data: page.data.map((r) => view(r as never)) } };
      },
    },
    {
      id: `create${Name}`,
      method: "POST",
      template: `/admin/${plural}`,
      access: "editor",
      summary: `Create a ${kind}`,
      tag: plural,
      body: `${Name}Create` as PayloadName,
      answer: { status: 201, schema: Name },
      async run(call, deps) {
        const created =
          kind === "team"
            ? await deps.changes.createTeam(body(call, deps, "TeamCreate"), call.caller)
            : await deps.changes.createUser(body(call, deps, "UserCreate"), call.caller);
        return { status: 201, body: created };
      },
    },
    {
      id: `get${Name}`,
      method: "GET",
      template: `/admin/${plural}/{id}`,
      access: "viewer",
      summary: `Get a ${kind}`,
      tag: plural,
      answer: { status: 200, schema: Name },
      async run({ params }, deps) {
        return { body: view(required(map(deps).get(params[0]!), kind, params[0]!) as never) };
      },
    },
    {
      id: `update${Name}`,
      method: "PATCH",
      template: `/admin/${plural}/{id}`,
      access: "editor",
      summary: `Change a ${kind}'s name, metadata, limits or budget`,
      tag: plural,
      body: `${Name}Update` as PayloadName,
      answer: { status: 200, schema: Name },
      async run(call, deps) {
        const id = call.params[0]!;
        return {
          body:
            kind === "team"
              ? await deps.changes.updateTeam(id, body(call, deps, "TeamUpdate"), call.caller)
              : await deps.changes.updateUser(id, body(call, deps, "UserUpdate"), call.caller),
        };
      },
    },
    {
      id: `delete${Name}`,
      method: "DELETE",
      template: `/admin/${plural}/{id}`,
      access: "editor",
      summary: `Delete a ${kind} (refused while it has active keys${kind === "team" ? " or users" : ""})`,
      tag: plural,
      answer: { status: 204 },
      async run(call, deps) {
        if (kind === "team") await deps.changes.deleteTeam(call.params[0]!, call.caller);
        else await deps.changes.deleteUser(call.params[0]!, call.caller);
        return { status: 204 };
      },
    },
  ];
}
