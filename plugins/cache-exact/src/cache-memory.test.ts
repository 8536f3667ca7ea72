// The exact cache's conformance suite with the gateway's default store: this process's memory.
import { describeExactCache } from "./cache.case.js";

describeExactCache({ name: "the memory store" });
