/**
 * @aigw/testkit: fake upstream HTTP servers with scripted replies, builders for provider wire
 * objects, client-side readers, the provider harness (the real engine with one provider node
 * against a fake upstream), test clocks, fixture replay helpers, and for observers a sample
 * request record, a plugin init context, a capturing logger and an OTLP/JSON decoder, shared by
 * every plugin's tests.
 */
export { bodyChunks, collectSse, sseData } from "./client.js";
export { fixedClock, type ManualClock, manualClock } from "./clocks.js";
export { fixedProvider } from "./fixed-provider.js";
export {
  type AnySplitOptions,
  byteParts,
  concatBytes,
  forAnySplit,
  splitAt,
  sseEventParts,
} from "./fixture-replay.js";
export { type InitContextOptions, initContext } from "./init-context.js";
export { capturingLogger, type LogEntry } from "./logs.js";
export { NATIVE_TEST_PATH, nativeIngress } from "./native-ingress.js";
export {
  type ChatCompletionOptions,
  type ChunkOptions,
  chatChunks,
  chatCompletion,
  embeddingResponse,
  type ModerationVerdict,
  modelList,
  moderationResponse,
  openAIError,
  splitText,
  type ToolCallSpec,
  toolCallChunks,
  usage,
} from "./openai.js";
export { attributeMap, decodeAnyValue } from "./otlp-json.js";
export {
  type ObservedRequest,
  type ProviderHarness,
  type ProviderHarnessSetup,
  recordingLogger,
  startProviderHarness,
} from "./provider-harness.js";
export type { ExchangeEnd, RecordedRequest } from "./recorded.js";
export { sampleRecord } from "./records.js";
export {
  type BodyReply,
  bytes,
  type DelayedReply,
  delay,
  Gate,
  gate,
  json,
  NamedSse,
  namedEvent,
  RawSse,
  type Reply,
  type ResetReply,
  reset,
  type Script,
  type SseEnding,
  type SseItem,
  type SseOptions,
  type SseReply,
  type StallReply,
  sequence,
  sse,
  stall,
  text,
} from "./replies.js";
export { serveGateway } from "./serve-gateway.js";
export { type FakeUpstream, startFakeUpstream } from "./server.js";
export { TEST_VAULT_PLUGIN, testVault } from "./test-vault.js";
