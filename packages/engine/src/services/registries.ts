/**
 * The services a plugin fills in at boot: the credential vault providers read from, and the store
 * of admin tokens the served routes check. The engine owns the slot; one plugin registers itself
 * into it, so providers and other plugins' admin routes need not know which plugin that is.
 */
import type {
  AdminAuthority,
  AdminCaller,
  AdminTokenSource,
  CredentialSource,
  Credentials,
  Env,
} from "@aigw/plugin-api";

/** The environment variable whose value is always an admin token (the bootstrap one). */
export const ADMIN_TOKEN_ENV = "AIGW_ADMIN_TOKEN";

const BOOTSTRAP: AdminCaller = Object.freeze({ id: "bootstrap", role: "admin", name: ADMIN_TOKEN_ENV });

export function credentialSlot(): Credentials {
  let source: CredentialSource | undefined;
  return {
    get: (name) => source?.get(name),
    get available() {
      return source !== undefined;
    },
    register(next) {
      if (source) throw new Error("A credential vault is already registered: configure only one.");
      source = next;
    },
  };
}

export function adminSlot(env: Env): AdminAuthority {
  let source: AdminTokenSource | undefined;
  return {
    async authenticate(token) {
      const bootstrap = env.get(ADMIN_TOKEN_ENV);
      if (bootstrap && sameText(token, bootstrap)) return BOOTSTRAP;
      return source ? await source.authenticate(token) : undefined;
    },
    get enabled() {
      return source !== undefined || Boolean(env.get(ADMIN_TOKEN_ENV));
    },
    register(next) {
      if (source) throw new Error("A store of admin tokens is already registered: configure only one.");
      source = next;
    },
  };
}

/** Compares in time that depends on the length only, not on where the texts first differ. */
export function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a.charCodeAt(i % (a.length || 1)) || 0) ^ b.charCodeAt(i);
  return diff === 0;
}
