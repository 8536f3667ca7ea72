/**
 * Ids in OpenAI's style: a prefix (`resp_`, `msg_`, `fc_`, `fco_`, `rs_`) and 48 random hex digits
 * (WebCrypto, present on every runtime the gateway runs on).
 */
export function newId(prefix: "resp" | "msg" | "fc" | "fco" | "rs"): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return `${prefix}_${hex}`;
}
