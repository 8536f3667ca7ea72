/** Serves a gateway over real HTTP for the Anthropic SDK (testkit's `serveGateway`). */
export { serveGateway as serve } from "@aigw/testkit";
