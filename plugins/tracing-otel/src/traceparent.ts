/**
 * W3C Trace Context headers: reading a caller's `traceparent` and `tracestate` strictly enough
 * that a malformed one starts a new trace instead of corrupting one, and writing the
 * `traceparent` the gateway sends upstream. Nothing here throws, whatever the header holds.
 */
import { isSpanId, isTraceId } from "@aigw/otel-kit";

/** A valid `traceparent`, as the caller sent it. */
export interface Traceparent {
  /** Two lowercase hex digits; `00` today, higher versions are read by their first four fields. */
  readonly version: string;
  /** 32 lowercase hex digits, not all zeros. */
  readonly traceId: string;
  /** The caller's span: 16 lowercase hex digits, not all zeros. */
  readonly parentId: string;
  /** The trace flags byte (bit 0: sampled). */
  readonly flags: number;
}

const LOWER_HEX = /^[0-9a-f]+$/;
/** `version-traceid-parentid-flags`: 2 + 1 + 32 + 1 + 16 + 1 + 2. */
const VERSION_00_LENGTH = 55;

/**
 * Parses a `traceparent` header value; `undefined` when it is absent or invalid (per the W3C
 * rules: lowercase hex, the right lengths, version `ff` refused, ids not all zeros; version 00 is
 * exactly 55 characters, a later version may carry more after a `-`).
 */
export function parseTraceparent(header: string | null | undefined): Traceparent | undefined {
  if (typeof header !== "string" || header.length < VERSION_00_LENGTH) return undefined;
  const version = header.slice(0, 2);
  if (!LOWER_HEX.test(version) || version === "ff") return undefined;
  if (
    version === "00"
      ? header.length !== VERSION_00_LENGTH
      : header.length > VERSION_00_LENGTH && header[55] !== "-"
  )
    return undefined;
  if (header[2] !== "-" || header[35] !== "-" || header[52] !== "-") return undefined;
  const traceId = header.slice(3, 35);
  const parentId = header.slice(36, 52);
  const flags = header.slice(53, 55);
  if (!isTraceId(traceId) || !isSpanId(parentId) || !LOWER_HEX.test(flags)) return undefined;
  return { version, traceId, parentId, flags: Number.parseInt(flags, 16) };
}

/** Whether a flags byte has the sampled bit. */
export function isSampled(flags: number): boolean {
  return (flags & 1) === 1;
}

/** The version 00 `traceparent` naming `spanId` as the parent of whatever comes next. */
export function formatTraceparent(traceId: string, spanId: string, sampled: boolean): string {
  return `00-${traceId}-${spanId}-${sampled ? "01" : "00"}`;
}

const MAX_MEMBERS = 32;
/** Far above what a valid header can hold (32 members of at most 256 + 1 + 256 characters). */
const MAX_TRACESTATE_LENGTH = 32 * 514 + 31 * 4;
const SIMPLE_KEY = "[a-z][a-z0-9_\\-*/]{0,255}";
const TENANT_KEY = "[a-z0-9][a-z0-9_\\-*/]{0,240}@[a-z][a-z0-9_\\-*/]{0,13}";
const KEY = new RegExp(`^(?:${SIMPLE_KEY}|${TENANT_KEY})$`);
/** Printable ASCII but `,` and `=`; may hold spaces, but not end with one. */
const VALUE = /^[\x20-\x2b\x2d-\x3c\x3e-\x7e]{0,255}[\x21-\x2b\x2d-\x3c\x3e-\x7e]$/;

/**
 * A caller's `tracestate`, checked and normalised (members trimmed, empty ones dropped) for
 * passing on; `undefined` when absent, empty or invalid (a bad key or value, a duplicate key, more
 * than 32 members), in which case the W3C rules let it be discarded whole.
 */
export function sanitizeTracestate(header: string | null | undefined): string | undefined {
  if (typeof header !== "string" || header.length === 0 || header.length > MAX_TRACESTATE_LENGTH)
    return undefined;
  const members: string[] = [];
  const keys = new Set<string>();
  for (const raw of header.split(",")) {
    const member = raw.replace(/^[ \t]+|[ \t]+$/g, "");
    if (member === "") continue;
    const eq = member.indexOf("=");
    if (eq <= 0) return undefined;
    const key = member.slice(0, eq);
    if (!KEY.test(key) || !VALUE.test(member.slice(eq + 1)) || keys.has(key)) return undefined;
    keys.add(key);
    members.push(member);
    if (members.length > MAX_MEMBERS) return undefined;
  }
  return members.length > 0 ? members.join(",") : undefined;
}
