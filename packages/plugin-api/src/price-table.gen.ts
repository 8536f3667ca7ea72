// GENERATED FILE - do not edit. Source: schemas/price-table.schema.json. Regenerate with `pnpm gen`.

/**
 * What each provider charges per model: the one source of cost for the request record, budgets and cache savings. Token prices are US dollars per million tokens.
 */
export interface PriceTable {
  $schema?: string;
  /**
   * The table's version (the date its prices were checked, YYYY-MM-DD, optionally with a suffix); every cost records it.
   */
  version: string;
  /**
   * By provider label (as the record's `provider`: openai, azure, anthropic, bedrock, google, mistral, cohere, groq...), then by model id. A model id ending in `*` matches every id that starts with what comes before it (the longest such prefix wins over a shorter one; an exact id wins over any prefix).
   */
  providers: {
    [k: string]: {
      [k: string]: ModelPrice;
    };
  };
}
/**
 * One model's prices. A price left out is not charged (or, for cached input, cache writes and reasoning, charged as input or output: see each field).
 *
 * This interface was referenced by `PriceTable`'s JSON-Schema
 * via the `definition` "ModelPrice".
 */
export interface ModelPrice {
  /**
   * Per million uncached prompt tokens.
   */
  input?: number;
  /**
   * Per million completion tokens.
   */
  output?: number;
  /**
   * Per million prompt tokens read from the provider's cache; when absent, charged as `input`.
   */
  cachedInput?: number;
  /**
   * Per million prompt tokens written to the provider's cache; when absent, charged as `input`.
   */
  cacheWrite?: number;
  /**
   * Per million reasoning tokens; when absent, charged as `output`.
   */
  reasoning?: number;
  /**
   * Per request, whatever its tokens.
   */
  perRequest?: number;
  /**
   * Per generated image.
   */
  perImage?: number;
  /**
   * Per second of audio (transcription input).
   */
  perSecond?: number;
  /**
   * Per million input characters (speech synthesis).
   */
  perMillionCharacters?: number;
}
