/**
 * Runs an aigw gateway on Deno 2:
 *   deno run -A --conditions=aigw-source runtime-deno/src/main.ts [--config FILE] [--port N] [--host H]
 * (`--conditions=aigw-source` runs the workspace's TypeScript sources; without it, their built
 * dist/). Everything but the server is shared with the other runtimes (@aigw/runtime-kit); the
 * engine's default services (fetch HTTP client, hyperid, keyv memory stores) run on Deno as they are.
 */
import { packageVersion, runServerCli, type SignalSource } from "@aigw/runtime-kit";

// Deno's own signal API: no Node compatibility layer between the OS and the shutdown.
const signals: SignalSource = {
  on: (signal, handler) => Deno.addSignalListener(signal, handler),
  off: (signal, handler) => Deno.removeSignalListener(signal, handler),
};

await runServerCli({
  name: `deno ${Deno.version.deno}`,
  command: "deno run -A runtime-deno/src/main.ts",
  version: packageVersion(new URL("../package.json", import.meta.url)),
  argv: Deno.args,
  env: Deno.env.toObject(),
  signals,
  exit: (code) => Deno.exit(code),
  listen({ fetch, host, port }) {
    // An empty onListen silences Deno's own "Listening on" line: the kit prints the same line
    // on every runtime. Deno aborts request.signal and cancels a streamed body when the client
    // leaves, which is all the engine needs to stop the upstream work.
    const server = Deno.serve({ hostname: host, port, onListen() {} }, (request) => fetch(request));
    return {
      port: server.addr.port,
      // Refuses new connections at once; resolves when the requests in flight have finished.
      stop: () => server.shutdown(),
      // Deno has no "close them all now"; the process exit that follows does it.
      forceClose() {},
    };
  },
});
