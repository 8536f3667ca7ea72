/**
 * The audio endpoints: `audio.speech` answers silence as WAV (or raw PCM when asked), about a
 * tenth of a second per word; `audio.transcriptions` answers "mock transcription of <file name>"
 * in the requested format (json, verbose_json, text, srt, vtt).
 */
import { type CallResult, jsonResult, type SpeechRequest, type TranscriptionRequest } from "@aigw/plugin-api";
import { type MockCall, usage } from "./mock-call.js";
import { estimateTokens } from "./text.js";
import { silentPcm, wavFile } from "./wav.js";

const SECONDS_PER_WORD = 0.1;
const MAX_SECONDS = 2;

export function speech(call: MockCall, body: SpeechRequest): CallResult {
  const words = body.input.trim().split(/\s+/).filter(Boolean).length;
  const seconds = Math.min(Math.max(words, 1) * SECONDS_PER_WORD, MAX_SECONDS);
  const pcm = silentPcm(seconds);
  call.ctx.annotations.usage = usage(estimateTokens(body.input), 0);
  if (body.response_format === "pcm")
    return { type: "binary", status: 200, contentType: "audio/pcm", body: pcm };
  // Other formats (mp3, opus...) would need an encoder; WAV is what a mock can honestly produce.
  return { type: "binary", status: 200, contentType: "audio/wav", body: wavFile(pcm) };
}

function fileName(file: unknown): string {
  const name = (file as { name?: unknown } | null)?.name;
  return typeof name === "string" && name ? name : "audio";
}

function textResult(text: string): CallResult {
  return {
    type: "binary",
    status: 200,
    contentType: "text/plain; charset=utf-8",
    body: new TextEncoder().encode(text),
  };
}

export function transcription(call: MockCall, body: TranscriptionRequest): CallResult {
  const text = `mock transcription of ${fileName(body.file)}`;
  const duration = 1;
  call.ctx.annotations.usage = usage(0, estimateTokens(text));
  switch (body.response_format) {
    case "text":
      return textResult(`${text}\n`);
    case "srt":
      return textResult(`1\n00:00:00,000 --> 00:00:01,000\n${text}\n\n`);
    case "vtt":
      return textResult(`WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n${text}\n\n`);
    case "verbose_json":
      return jsonResult(
        JSON.stringify({
          task: "transcribe",
          language: body.language ?? "english",
          duration,
          text,
          segments: [
            {
              id: 0,
              seek: 0,
              start: 0,
              end: duration,
              text,
              tokens: [],
              temperature: 0,
              avg_logprob: 0,
              compression_ratio: 1,
              no_speech_prob: 0,
            },
          ],
        }),
      );
    default:
      return jsonResult(JSON.stringify({ text }));
  }
}
