/**
 * @aigw/pg-kit: what plugins that keep data in PostgreSQL share, beside the `postgres` client:
 * the pool, versioned migrations serialised across gateways by an advisory lock, SQL helpers
 * (identifiers, timeouts, error classes, messages without the connection string), and the query
 * parameters of admin APIs that read from the database.
 */
export { type Migration, type MigrationSet, migrate } from "./migrate.js";
export {
  checkRange,
  limitParam,
  MAX_TEXT_PARAM,
  oneOf,
  ParamError,
  parseTime,
  singleParams,
  textParam,
} from "./params.js";
export { createPool, type PoolOptions, type Sql } from "./pool.js";
export {
  describeError,
  isDataError,
  isMissingRelation,
  QueryTimeoutError,
  quoteIdent,
  sqlState,
  withTimeout,
} from "./sql.js";
