/**
 * Runs an aigw gateway on Bun:
 *   bun --conditions=aigw-source runtime-bun/src/main.ts [--config FILE] [--port N] [--host H]
 * (`--conditions=aigw-source` runs the workspace's TypeScript sources; without it, their built
 * dist/). Everything but the server is shared with the other runtimes (@aigw/runtime-kit); the
 * engine's default services (fetch HTTP client, hyperid, keyv memory stores) run on Bun as they are.
 */
import { packageVersion, runServerCli } from "@aigw/runtime-kit";

await runServerCli({
  name: `bun ${Bun.version}`,
  command: "bun runtime-bun/src/main.ts",
  version: packageVersion(new URL("../package.json", import.meta.url)),
  argv: Bun.argv.slice(2),
  env: process.env,
  listen({ fetch, host, port }) {
    const server = Bun.serve({
      hostname: host,
      port,
      // Production mode: a thrown error is a plain 500, never Bun's HTML error page.
      development: false,
      fetch(request, self) {
        // Bun's idle timer (10 s) also runs while a request waits for its answer and between
        // stream chunks: it cut a 12 s upstream wait and a 12 s gap in an SSE stream with a reset.
        // Model calls can be far slower, so a request that arrived turns the timer off for its
        // connection; connections that never send a full request are still cut after 10 s.
        self.timeout(request, 0);
        return fetch(request);
      },
    });
    return {
      port: server.port ?? port,
      // Refuses new connections and closes idle ones at once; resolves when the last one closed.
      stop: () => server.stop(),
      forceClose: () => server.stop(true),
    };
  },
});
