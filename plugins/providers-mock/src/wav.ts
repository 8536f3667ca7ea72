/** A valid WAV (RIFF, 16-bit mono PCM) of silence, and the raw PCM it wraps. */

/** OpenAI's `pcm` speech format is 24 kHz, 16-bit signed little-endian mono. */
export const SAMPLE_RATE = 24_000;

/** Silent 16-bit mono samples for `seconds` (zeros). */
export function silentPcm(seconds: number): Uint8Array {
  return new Uint8Array(Math.round(seconds * SAMPLE_RATE) * 2);
}

/** A WAV file around `pcm`. */
export function wavFile(pcm: Uint8Array): Uint8Array {
  const out = new Uint8Array(44 + pcm.length);
  const view = new DataView(out.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) out[offset + i] = text.charCodeAt(i);
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + pcm.length, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, "data");
  view.setUint32(40, pcm.length, true);
  out.set(pcm, 44);
  return out;
}
