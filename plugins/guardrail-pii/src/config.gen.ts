// GENERATED FILE - do not edit. Source: plugins/guardrail-pii/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Which kinds of personal data and secrets the PII guardrail looks for, and how.
 */
export interface GuardrailPiiConfig {
  /**
   * The detectors to run, by the label they report. Default: all of them.
   */
  detect?: (
    | "email"
    | "phone"
    | "card"
    | "iban"
    | "us_ssn"
    | "uk_nino"
    | "ca_sin"
    | "in_aadhaar"
    | "ip_address"
    | "secret"
  )[];
  /**
   * Regions whose national phone number formats are recognised (numbers written with a leading + are recognised whatever the region). Each region costs one libphonenumber check per candidate number that fits its lengths.
   *
   * @minItems 1
   */
  phoneRegions?: [string, ...string[]];
  /**
   * Options of the secret detector (known key formats are always on while the detector is).
   */
  secrets?: {
    /**
     * The detector of long random-looking tokens of unknown formats, or false to turn it off.
     */
    entropy?:
      | false
      | {
          /**
           * Shortest token considered, in characters. Default 20.
           */
          minLength?: number;
          /**
           * Least Shannon entropy of the token's characters, in bits per character (a random base64 token of 40 characters has about 4.5). Default 3.5.
           */
          minBitsPerChar?: number;
          /**
           * Also flag tokens made only of hex digits and dashes (hashes, UUIDs), which are left alone by default. Default false.
           */
          includeHex?: boolean;
        };
  };
  /**
   * Regular expressions (JavaScript syntax, no flags) of values never flagged: a detected value that one of them matches as a whole is left in place.
   */
  allow?: string[];
}
