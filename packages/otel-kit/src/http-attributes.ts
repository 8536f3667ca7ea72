/**
 * The HTTP, URL and client semantic-convention attributes of a finished request, as the gateway
 * served it: the same five on a request's server span and on its log record.
 */
import type { RequestRecord } from "@aigw/plugin-api";
import type { AttributeList } from "./attributes.js";

/** Adds `http.request.method`, `url.path`, `http.response.status_code`, `client.address` and `user_agent.original`. */
export function addHttpAttributes(attributes: AttributeList, record: RequestRecord): void {
  attributes
    .str("http.request.method", record.method)
    .str("url.path", record.path)
    .int("http.response.status_code", record.status)
    .str("client.address", record.client?.ip)
    .str("user_agent.original", record.client?.userAgent);
}
