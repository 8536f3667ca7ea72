/** Test helpers for guardrail plugins: a gateway with an echo provider, and a stream reader. */
export {
  type EchoConfig,
  type EchoGateway,
  type EchoJournal,
  echoGateway,
  echoProvider,
  readStream,
} from "./echo-gateway.js";
export { type WordConfig, wordGuardrail } from "./word-guardrail.js";
