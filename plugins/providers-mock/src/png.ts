/**
 * A tiny, valid PNG of one solid colour, built by hand (CRC-32, a stored deflate block and
 * Adler-32) so the mock needs no image or zlib library and runs on any runtime.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG chunks use it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function u32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function chunk(type: string, data: number[] | Uint8Array): number[] {
  const body = new Uint8Array(4 + data.length);
  for (let i = 0; i < 4; i++) body[i] = type.charCodeAt(i);
  body.set(data, 4);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** zlib data of `raw` as one uncompressed (stored) deflate block; `raw` must be under 64 KiB. */
function zlibStored(raw: Uint8Array): number[] {
  const len = raw.length;
  return [
    0x78,
    0x01,
    0x01,
    len & 0xff,
    (len >>> 8) & 0xff,
    ~len & 0xff,
    (~len >>> 8) & 0xff,
    ...raw,
    ...u32(adler32(raw)),
  ];
}

/** An RGB PNG of `size` x `size` pixels (at most 64) filled with `rgb`. */
export function solidPng(size: number, rgb: readonly [number, number, number]): Uint8Array {
  const side = Math.min(Math.max(1, Math.floor(size)), 64);
  const row = 1 + side * 3;
  const raw = new Uint8Array(row * side);
  for (let y = 0; y < side; y++) {
    // Filter byte 0 (none), then the pixels.
    for (let x = 0; x < side; x++) raw.set(rgb, y * row + 1 + x * 3);
  }
  const header = [...u32(side), ...u32(side), 8, 2, 0, 0, 0];
  return Uint8Array.from([
    ...SIGNATURE,
    ...chunk("IHDR", header),
    ...chunk("IDAT", zlibStored(raw)),
    ...chunk("IEND", []),
  ]);
}
