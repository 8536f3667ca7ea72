/**
 * Which entry of a per-model table (the price table, the capability table) applies to a
 * (provider, model). Compiled once at boot: per provider, a Map of exact model ids and the
 * `prefix*` entries longest first; in front of them a bounded memo, so the lookup a request makes
 * is one Map hit. An override replaces the built-in entry of the same id (and only that one: an
 * exact built-in id still wins over an override's prefix).
 *
 * A model id is matched as given. When nothing matches and the id has a `/`, it is tried again
 * without what comes before its last `/`: clients and routers send `openai/gpt-4o`, Gemini model
 * names come as `models/gemini-2.5-flash`, Bedrock takes inference-profile ARNs. Ids that really
 * contain a `/` (Groq's `openai/gpt-oss-120b`, Together's `meta-llama/...`) match as given first.
 */

/** A table's entries: by provider label, then model id (or `prefix*`). */
export type ModelTable<E> = Readonly<Record<string, Readonly<Record<string, E>>>>;

interface ProviderEntries<T> {
  readonly exact: ReadonlyMap<string, T>;
  /** `[prefix, entry]`, the longest prefix first. */
  readonly prefixes: readonly (readonly [string, T])[];
}

/** How many (provider, model) answers the memo keeps; the oldest is dropped first. */
export const MEMO_LIMIT = 4096;

const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** The compiled lookups of a table with its overrides; `compile` turns each entry into what is found. */
export class ModelLookup<E, T> {
  private readonly byProvider = new Map<string, ProviderEntries<T>>();
  // Misses are remembered too (as null): an unlisted model costs one Map hit as well.
  private readonly memo = new Map<string, T | null>();

  constructor(table: ModelTable<E>, overrides: ModelTable<E> = {}, compile: (entry: E) => T) {
    for (const provider of new Set([...Object.keys(table), ...Object.keys(overrides)])) {
      const entries = { ...own(table, provider), ...own(overrides, provider) };
      const exact = new Map<string, T>();
      const prefixes: [string, T][] = [];
      for (const [id, entry] of Object.entries(entries)) {
        const compiled = compile(entry);
        if (id.endsWith("*")) prefixes.push([id.slice(0, -1), compiled]);
        else exact.set(id, compiled);
      }
      prefixes.sort(([a], [b]) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
      this.byProvider.set(provider, { exact, prefixes });
    }
  }

  /** Every provider the table lists, in the table's order. */
  providers(): readonly string[] {
    return [...this.byProvider.keys()];
  }

  /** The entry for `model` at `provider`, or undefined when the table has none. */
  find(provider: string, model: string): T | undefined {
    // The provider's length first keeps the key unambiguous whatever characters the names hold.
    const key = `${provider.length}:${provider}${model}`;
    const memoized = this.memo.get(key);
    if (memoized !== undefined) return memoized ?? undefined;
    const found = this.resolve(provider, model);
    if (this.memo.size >= MEMO_LIMIT) this.memo.delete(this.memo.keys().next().value!);
    this.memo.set(key, found ?? null);
    return found;
  }

  private resolve(provider: string, model: string): T | undefined {
    const entries = this.byProvider.get(provider);
    if (!entries) return undefined;
    const found = match(entries, model);
    if (found !== undefined) return found;
    const slash = model.lastIndexOf("/");
    return slash >= 0 ? match(entries, model.slice(slash + 1)) : undefined;
  }
}

function match<T>(entries: ProviderEntries<T>, model: string): T | undefined {
  const exact = entries.exact.get(model);
  if (exact !== undefined) return exact;
  for (const [prefix, entry] of entries.prefixes) if (model.startsWith(prefix)) return entry;
  return undefined;
}
