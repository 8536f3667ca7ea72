/**
 * Request and response shapes of the audio endpoints: text-to-speech (`POST /v1/audio/speech`,
 * a JSON body answered with raw audio bytes) and transcription (`POST /v1/audio/transcriptions`,
 * a `multipart/form-data` body whose `file` field is binary, answered with JSON or plain text
 * depending on `response_format`). The transcription request type describes the multipart fields
 * after parsing, not a JSON document.
 */

import type { OpenEnum } from "./common.js";

/** Built-in text-to-speech voices. */
export type SpeechVoice = OpenEnum<
  | "alloy"
  | "ash"
  | "ballad"
  | "coral"
  | "echo"
  | "fable"
  | "onyx"
  | "nova"
  | "sage"
  | "shimmer"
  | "verse"
  | "marin"
  | "cedar"
>;

/** Audio container/codec of the speech response. */
export type SpeechResponseFormat = "mp3" | "opus" | "aac" | "flac" | "wav" | "pcm";

/**
 * Body of `POST /v1/audio/speech`. The response body is the audio itself
 * (`Content-Type` matching `response_format`), not JSON.
 */
export interface SpeechRequest {
  /** Model id, e.g. `tts-1`, `tts-1-hd` or `gpt-4o-mini-tts`. */
  model: string;
  /** Text to speak (at most 4096 characters). */
  input: string;
  voice: SpeechVoice;
  /** Voice direction; not supported by `tts-1` / `tts-1-hd`. */
  instructions?: string;
  /** Defaults to `mp3`. */
  response_format?: SpeechResponseFormat;
  /** 0.25 to 4.0; defaults to 1.0. */
  speed?: number;
  /** `sse` streams base64 audio deltas as events; `audio` streams raw bytes. */
  stream_format?: "sse" | "audio";
}

/** Response format of a transcription. */
export type TranscriptionResponseFormat = "json" | "text" | "srt" | "verbose_json" | "vtt";

/**
 * Fields of the `multipart/form-data` body of `POST /v1/audio/transcriptions`, after parsing.
 * `file` is binary and never JSON; array fields arrive as repeated `name[]` form fields.
 */
export interface TranscriptionRequest {
  /** The audio file (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm). */
  file: Blob;
  /** Model id, e.g. `whisper-1` or `gpt-4o-transcribe`. */
  model: string;
  /** ISO-639-1 language of the input audio. */
  language?: string;
  /** Text to guide style or continue a previous segment. */
  prompt?: string;
  /** Defaults to `json`. */
  response_format?: TranscriptionResponseFormat;
  /** Sampling temperature between 0 and 1. */
  temperature?: number;
  /** Requires `response_format: "verbose_json"`. */
  timestamp_granularities?: ("word" | "segment")[];
  /** Additional response data, e.g. `logprobs` (`json` format, GPT-4o transcribe models). */
  include?: "logprobs"[];
  /** Stream the transcription as server-sent events (not `whisper-1`). */
  stream?: boolean;
}

/** Token-based usage of a transcription. */
export interface TranscriptionUsageTokens {
  type: "tokens";
  input_tokens: number;
  input_token_details?: {
    text_tokens?: number;
    audio_tokens?: number;
  };
  output_tokens: number;
  total_tokens: number;
}

/** Duration-based usage of a transcription. */
export interface TranscriptionUsageDuration {
  type: "duration";
  /** Duration of the input audio in seconds. */
  seconds: number;
}

/** Usage of a transcription request. */
export type TranscriptionUsage = TranscriptionUsageTokens | TranscriptionUsageDuration;

/** Log probability of one transcribed token (with `include: ["logprobs"]`). */
export interface TranscriptionLogprob {
  token: string;
  logprob: number;
  bytes: number[];
}

/** Response body of a transcription with `response_format: "json"` (the default). */
export interface TranscriptionResponse {
  text: string;
  usage?: TranscriptionUsage;
  logprobs?: TranscriptionLogprob[];
}

/** A word with timestamps (`timestamp_granularities` includes `word`). */
export interface TranscriptionWord {
  word: string;
  /** Start time in seconds. */
  start: number;
  /** End time in seconds. */
  end: number;
}

/** A segment of transcribed text with timestamps and decoding statistics. */
export interface TranscriptionSegment {
  id: number;
  /** Seek offset of the segment. */
  seek: number;
  start: number;
  end: number;
  text: string;
  /** Token ids of the text. */
  tokens: number[];
  temperature: number;
  avg_logprob: number;
  compression_ratio: number;
  no_speech_prob: number;
}

/** Response body of a transcription with `response_format: "verbose_json"`. */
export interface VerboseTranscriptionResponse {
  /** Always `transcribe` when present. */
  task?: "transcribe";
  /** Detected or given language of the input audio. */
  language: string;
  /** Duration of the input audio in seconds. */
  duration: number;
  text: string;
  words?: TranscriptionWord[];
  segments?: TranscriptionSegment[];
  usage?: TranscriptionUsageDuration;
}
