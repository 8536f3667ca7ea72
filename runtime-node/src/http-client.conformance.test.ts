// The undici HttpClient (Node's hot path) keeps the HttpClient contract.
import { describeHttpClientConformance } from "@aigw/testkit/conformance";
import { undiciHttpClient } from "./http-client.js";

describeHttpClientConformance("undici", () => undiciHttpClient());
