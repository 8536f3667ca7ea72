// The fetch-based HttpClient (the default on Bun, Deno and in tests) keeps the HttpClient contract.
import { fetchHttpClient } from "@aigw/engine";
import { describeHttpClientConformance } from "./http-client.case.js";

describeHttpClientConformance("fetch", fetchHttpClient);
