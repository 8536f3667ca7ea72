/**
 * One running vault-and-keys per gateway node: the store of record opened (PostgreSQL migrated),
 * the master keys read, everything loaded into memory, the credential vault and the admin token
 * store registered with the engine, and the bus subscribed. A node the main pipeline and named
 * configs have alike is one instance (the engine shares it), so one runtime serves them all, as
 * the engine takes one vault and one token store.
 */
import type { PluginInitContext } from "@aigw/plugin-api";
import { payloadParser } from "./admin/payloads.js";
import type { AdminDeps } from "./admin/routes.js";
import { Changes } from "./changes.js";
import type { VirtualKeyAuthConfig } from "./config.gen.js";
import { Directory } from "./directory.js";
import { hashSecret } from "./secrets.js";
import { memoryRecordStore } from "./store/memory-store.js";
import { openPostgresStore } from "./store/postgres-store.js";
import type { RecordStore } from "./store/store.js";
import { type Sync, startSync } from "./sync.js";
import { keyringFrom } from "./vault/keyring.js";

export interface Runtime {
  readonly directory: Directory;
  readonly changes: Changes;
  readonly sync: Sync;
  readonly admin: AdminDeps;
  /** Stops the sync and closes the store. */
  release(): Promise<void>;
}

const SYSTEM = { id: "system", role: "admin", name: "re-encryption at boot" } as const;

function postgresUrl(config: VirtualKeyAuthConfig, init: PluginInitContext): string {
  const pg = config.postgres!;
  const variable = pg.urlEnv ?? "AIGW_POSTGRES_URL";
  const url = pg.url ?? init.services.env.get(variable);
  if (!url)
    throw new Error(`auth-virtual-key: postgres needs \`url\`, or the environment variable ${variable} set.`);
  return url;
}

/** The node's runtime: started when the node is created. */
export async function startRuntime(config: VirtualKeyAuthConfig, init: PluginInitContext): Promise<Runtime> {
  const { services, logger } = init;
  const masterKeyEnv = config.masterKeyEnv ?? "AIGW_MASTER_KEY";
  const previousEnv = config.previousMasterKeysEnv ?? "AIGW_MASTER_KEY_PREVIOUS";
  const keyring = keyringFrom(services.env.get(masterKeyEnv), services.env.get(previousEnv), {
    primary: masterKeyEnv,
    previous: previousEnv,
  });
  const store: RecordStore = config.postgres
    ? await openPostgresStore({
        url: postgresUrl(config, init),
        schema: config.postgres.schema ?? "public",
        poolSize: config.postgres.poolSize ?? 3,
      })
    : memoryRecordStore();
  if (!store.durable && (services.bus.shared || services.stores.open("probe").shared))
    logger.warn(
      {},
      "the gateway's stores are shared (Redis) but virtual keys are kept in this process's memory: each instance has its own keys; set `postgres` on this node",
    );
  const directory = new Directory(keyring, logger);
  const channel = config.channel ?? "aigw:auth-virtual-key";
  const sync = startSync({
    store,
    directory,
    bus: services.bus,
    channel,
    reloadIntervalMs: config.reloadIntervalMs ?? 30_000,
    logger,
  });
  try {
    await sync.reloadAll();
  } catch (error) {
    sync.stop();
    await store.close();
    throw error;
  }
  logger.info(
    {
      store: store.durable ? "postgres" : "memory",
      keys: directory.keys.size,
      credentials: directory.credentials.size,
      vault: keyring ? `master key ${keyring.primary.id}` : "closed (no master key)",
    },
    "virtual keys loaded",
  );
  const changes = new Changes({
    store,
    directory,
    bus: services.bus,
    channel,
    clock: services.clock,
    logger,
    keyring,
    masterKeyEnv,
    maxRotationGraceSeconds: config.maxRotationGraceSeconds ?? 86_400,
  });
  if (keyring && (config.reencryptAtBoot ?? true)) {
    const outcome = await changes.reencryptCredentials(SYSTEM);
    if (outcome.reencrypted.length > 0 || outcome.failed.length > 0)
      logger.info(
        { masterKeyId: outcome.masterKeyId, reencrypted: outcome.reencrypted.length, failed: outcome.failed },
        "re-encrypted stored credentials under the primary master key",
      );
  }
  services.credentials.register({ get: (name) => directory.credential(name) });
  services.admins.register({ authenticate: (token) => directory.adminToken(hashSecret(token)) });
  const admin: AdminDeps = {
    changes,
    directory,
    store,
    parse: payloadParser(),
    now: () => services.clock.now(),
  };
  return {
    directory,
    changes,
    sync,
    admin,
    async release() {
      sync.stop();
      await sync.settled();
      await store.close();
    },
  };
}
