/**
 * One entry of the shared index as it sits in its Redis slot: the sequence number it was
 * written under, its partition hash, the answer's entry id, the vector as base64 float32, and
 * when it expires. Read defensively: a slot holds whatever was written there.
 */
import type { JsonObject, JsonValue } from "@aigw/plugin-api";
import { vectorFromBase64, vectorToBase64 } from "../vector.js";

export interface SlotRecord {
  readonly seq: number;
  readonly partition: string;
  readonly entryId: string;
  readonly vector: Float32Array;
  readonly expiresAt: number;
}

/** The record as JSON for the store. */
export function slotJson(record: SlotRecord): JsonObject {
  return {
    seq: record.seq,
    partition: record.partition,
    entryId: record.entryId,
    vector: vectorToBase64(record.vector),
    expiresAt: record.expiresAt,
  };
}

/** The record a slot holds, or `undefined` when it holds nothing readable. */
export function slotRecordOf(value: JsonValue | undefined): SlotRecord | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const { seq, partition, entryId, vector, expiresAt } = value;
  if (typeof seq !== "number" || typeof partition !== "string" || typeof entryId !== "string")
    return undefined;
  if (typeof vector !== "string" || typeof expiresAt !== "number") return undefined;
  try {
    return { seq, partition, entryId, vector: vectorFromBase64(vector), expiresAt };
  } catch {
    return undefined;
  }
}
