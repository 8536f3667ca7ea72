/** Sizes in UTF-8 bytes (entry bounds are in bytes). */

const encoder = new TextEncoder();
/** Scratch space: encoding into it is several times faster than counting code units in JS. */
const scratch = new Uint8Array(48 * 1024);

/** A string's UTF-8 size. */
export function utf8Length(text: string): number {
  if (text.length * 3 <= scratch.length) return encoder.encodeInto(text, scratch).written;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 UTF-16 units
      i++;
    } else bytes += 2;
  }
  return bytes;
}
