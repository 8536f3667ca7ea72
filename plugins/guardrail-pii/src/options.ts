/**
 * The detector's options (the `detect`, `phoneRegions`, `secrets` and `allow` part of the
 * guardrail's config) and their defaults, checked once when the detector is compiled so a bad
 * config fails at boot rather than on a request.
 */

/** Every label the detector can report, in the order the docs list them. */
export const PII_LABELS = [
  "email",
  "phone",
  "card",
  "iban",
  "us_ssn",
  "uk_nino",
  "ca_sin",
  "in_aadhaar",
  "ip_address",
  "secret",
] as const;

/** A detector label (also the label of the spans it reports). */
export type PiiLabel = (typeof PII_LABELS)[number];

/** The Shannon-entropy detector of long random-looking tokens (label `secret`). */
export interface EntropyOptions {
  /** Shortest token considered, in characters. Default 20. */
  minLength?: number;
  /** Least Shannon entropy of the token's characters, in bits per character. Default 3.5. */
  minBitsPerChar?: number;
  /** Also flag tokens made only of hex digits (and dashes): hashes, UUIDs. Default false. */
  includeHex?: boolean;
}

/** Options of the detector; every field is optional. */
export interface PiiOptions {
  /** The detectors to run, by label. Default: all of them. */
  detect?: readonly PiiLabel[];
  /**
   * Regions (ISO 3166-1 alpha-2) whose national phone formats are recognised; numbers written
   * with a leading `+` are recognised for every region. Default `["US"]`.
   */
  phoneRegions?: readonly string[];
  /** Options of the `secret` detector. */
  secrets?: {
    /** The entropy detector's thresholds, or `false` to keep only the known key formats. */
    entropy?: EntropyOptions | false;
  };
  /**
   * Regular expressions (JavaScript syntax, no flags) of values never flagged: a span whose
   * whole text one of them matches is dropped.
   */
  allow?: readonly string[];
}

/** The options with every default applied and every value checked. */
export interface ResolvedOptions {
  detect: ReadonlySet<PiiLabel>;
  phoneRegions: readonly string[];
  entropy: Required<EntropyOptions> | false;
  allow: readonly RegExp[];
}

/** Default thresholds of the entropy detector. */
export const DEFAULT_ENTROPY: Required<EntropyOptions> = {
  minLength: 20,
  minBitsPerChar: 3.5,
  includeHex: false,
};

/**
 * Applies the defaults and checks every value; throws a `TypeError` naming the first bad
 * field (region codes are checked by the phone detector, which knows the supported ones).
 */
export function resolveOptions(options: PiiOptions = {}): ResolvedOptions {
  const detect = new Set<PiiLabel>();
  for (const label of options.detect ?? PII_LABELS) {
    if (!(PII_LABELS as readonly string[]).includes(label)) {
      throw new TypeError(
        `guardrail-pii: unknown detector "${label}" in detect (known: ${PII_LABELS.join(", ")})`,
      );
    }
    detect.add(label);
  }
  const entropyOption = options.secrets?.entropy;
  let entropy: Required<EntropyOptions> | false = false;
  if (entropyOption !== false) {
    entropy = {
      minLength: entropyOption?.minLength ?? DEFAULT_ENTROPY.minLength,
      minBitsPerChar: entropyOption?.minBitsPerChar ?? DEFAULT_ENTROPY.minBitsPerChar,
      includeHex: entropyOption?.includeHex ?? DEFAULT_ENTROPY.includeHex,
    };
    if (!Number.isInteger(entropy.minLength) || entropy.minLength < 8) {
      throw new TypeError("guardrail-pii: secrets.entropy.minLength must be an integer >= 8");
    }
    if (!(entropy.minBitsPerChar > 0 && entropy.minBitsPerChar <= 8)) {
      throw new TypeError("guardrail-pii: secrets.entropy.minBitsPerChar must be in (0, 8]");
    }
  }
  const allow = (options.allow ?? []).map((source, index) => {
    try {
      // Anchored: an allow pattern describes a whole value, not a fragment inside one.
      return new RegExp(`^(?:${source})$`);
    } catch (error) {
      throw new TypeError(
        `guardrail-pii: allow[${index}] is not a valid regular expression: ${String(error)}`,
      );
    }
  });
  return { detect, phoneRegions: [...(options.phoneRegions ?? ["US"])], entropy, allow };
}
