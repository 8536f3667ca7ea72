/**
 * Tool call ids Mistral accepts. Mistral rejects any tool call id that is not exactly nine
 * letters and digits ("Tool call id was call_0fypS1hVX but must be a-z, A-Z, 0-9, with a length
 * of 9"), while OpenAI's look like `call_abc...` (24+ characters). Each other id is replaced by
 * one derived from it by a hash: the same id always maps to the same replacement, so an
 * assistant's tool call and the tool result answering it stay paired within a request and
 * across the turns of a conversation. Collisions within a request are resolved; replacements
 * are mapped back to the client's ids in the answer.
 */

const VALID = /^[A-Za-z0-9]{9}$/;
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const SPACE = 62n ** 9n;
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = (1n << 64n) - 1n;

/** True for an id Mistral takes as it is. */
export function isMistralToolCallId(id: string): boolean {
  return VALID.test(id);
}

/** The nine-character id an OpenAI id becomes (before any collision is resolved): FNV-1a 64, base 62. */
export function mistralToolCallId(id: string, salt = 0): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(salt === 0 ? id : `${id}#${salt}`)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK;
  }
  let n = hash % SPACE;
  let out = "";
  for (let i = 0; i < 9; i++) {
    out = ALPHABET[Number(n % 62n)]! + out;
    n /= 62n;
  }
  return out;
}

/** The id mapping of one request, both ways. */
export class ToolCallIds {
  private readonly out = new Map<string, string>();
  private readonly back = new Map<string, string>();

  /** @param ids - every tool call id the request mentions. */
  constructor(ids: Iterable<string>) {
    const all = [...new Set(ids)];
    const taken = new Set(all.filter(isMistralToolCallId));
    for (const id of all) {
      if (isMistralToolCallId(id)) continue;
      let salt = 0;
      let mapped = mistralToolCallId(id);
      while (taken.has(mapped)) mapped = mistralToolCallId(id, ++salt);
      taken.add(mapped);
      this.out.set(id, mapped);
      this.back.set(mapped, id);
    }
  }

  /** True when some id had to be replaced. */
  get remapped(): boolean {
    return this.out.size > 0;
  }

  toMistral(id: string): string {
    return this.out.get(id) ?? id;
  }

  /** The client's id for an id in Mistral's answer (Mistral's own new ids are kept). */
  toClient(id: string): string {
    return this.back.get(id) ?? id;
  }
}

/** No mapping at all (`toolCallIds: keep`). */
export const KEEP_IDS = new ToolCallIds([]);
