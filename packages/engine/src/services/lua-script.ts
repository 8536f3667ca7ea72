/**
 * A Lua script run by its SHA1 (EVALSHA: the script's text is not resent on every call), with
 * EVAL as the fallback when Redis does not know it yet (first use, or after a restart emptied its
 * script cache); EVAL also loads it, so the next call is an EVALSHA again.
 */
import type { RedisClient } from "./redis-connection.js";

export interface LuaScript {
  run(client: RedisClient, keys: readonly string[], args: readonly string[]): Promise<unknown>;
}

export async function luaScript(source: string): Promise<LuaScript> {
  const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(source));
  const sha = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return {
    async run(client, keys, args) {
      const options = { keys: [...keys], arguments: [...args] };
      try {
        return await client.evalSha(sha, options);
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
        return client.eval(source, options);
      }
    },
  };
}
