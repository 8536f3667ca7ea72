/** @aigw/testkit/conformance: the shared suites every implementation runs. */

export { describeCredentialConformance } from "./credential-suite.js";
export { describeFirstPartyBoot, firstPartyPackages, type RuntimeLaunch } from "./first-party-suite.js";
export { ENDPOINT_ROUTES, type OpenAIEndpoint, PNG_DATA_URL } from "./hostile-bodies.js";
export {
  type FormField,
  type HostileRequest,
  hostileRequest,
  put,
  toFetchRequest,
} from "./hostile-requests.js";
export {
  ALL_ENDPOINTS,
  assertHostileRequests,
  checkHostileAnswer,
  type HostileTarget,
} from "./hostile-suite.js";
export {
  anyValue,
  type Kind,
  nestedText,
  oddString,
  rawJson,
  spliceRaw,
  wrongValue,
} from "./hostile-values.js";
export { describeHttpClientConformance } from "./http-client.case.js";
export {
  type OpenAIContent,
  type OpenAIWireMessage,
  readOpenAIMessage,
  readOpenAIRequest,
} from "./openai-wire.js";
export { describeProviderConformance } from "./provider-suite.js";
export { type AssembledStream, assembleStream } from "./read-stream.js";
export { describeRuntimeConformance, type RuntimeUnderTest } from "./runtime-suite.js";
export type * from "./types.js";
