// GENERATED FILE - do not edit. Source: plugins/router-core/schema/latency.json. Regenerate with `pnpm gen`.

// @ts-nocheck -- ajv's generated JavaScript; the exports are typed below.

/** A precompiled validator: ajv's ValidateFunction, as far as aigw uses it. */
export type Validator = {
  (data: unknown): boolean;
  errors?:
    | { keyword: string; instancePath: string; schemaPath: string; params: Record<string, unknown>; message?: string }[]
    | null;
};

export const validateConfig: Validator = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"LatencyRouterConfig","description":"Picks the healthy target with the lowest moving latency; untried targets first.","type":"object","additionalProperties":false,"properties":{"alpha":{"type":"number","exclusiveMinimum":0,"maximum":1,"default":0.3,"description":"EWMA weight of the newest successful attempt."},"statsTtlMs":{"type":"integer","minimum":1000,"default":600000,"description":"How long a target's latency is remembered without new samples."},"fallback":{"type":"boolean","default":true,"description":"On a failure that moves on, try the next fastest."},"retry":{"$ref":"#/definitions/RetryPolicy"},"timeouts":{"$ref":"#/definitions/Timeouts"},"breaker":{"$ref":"#/definitions/CircuitBreaker"},"seed":{"type":"integer","description":"Seeds the random choices (weights, jitter) for reproducible tests; omit in production."},"fallbackOn":{"type":"array","items":{"$ref":"#/definitions/FailureKind"},"default":["rate_limited","upstream_error","upstream_unavailable","upstream_timeout","plugin_timeout"],"description":"The failures that move on to the next target (default: 429, 5xx, timeouts, connection errors; a request's own 4xx never does)."}},"definitions":{"FailureKind":{"description":"A failure to match: a gateway error code (e.g. rate_limited, upstream_timeout) or an HTTP status (e.g. 429, 503).","oneOf":[{"type":"string","pattern":"^[a-z][a-z_]*$"},{"type":"integer","minimum":400,"maximum":599}]},"RetryPolicy":{"type":"object","additionalProperties":false,"description":"Retries of one target before moving on: exponential backoff with full jitter; Retry-After is honoured up to retryAfterCapMs.","properties":{"attempts":{"type":"integer","minimum":0,"maximum":5,"default":0,"description":"Retries after the first try (0-5)."},"baseMs":{"type":"integer","minimum":0,"maximum":60000,"default":100,"description":"Backoff base: retry n waits a random time in [0, min(capMs, baseMs * 2^n))."},"capMs":{"type":"integer","minimum":0,"maximum":60000,"default":2000,"description":"Backoff cap."},"on":{"type":"array","items":{"$ref":"#/definitions/FailureKind"},"default":["rate_limited","upstream_error","upstream_unavailable","upstream_timeout","plugin_timeout"],"description":"The failures that are retried (default: 429, 5xx, timeouts, connection errors)."},"retryAfterCapMs":{"type":"integer","minimum":0,"maximum":600000,"default":5000,"description":"The longest Retry-After honoured; an upstream asking for longer is not retried (the router moves on)."}}},"Timeouts":{"type":"object","additionalProperties":false,"description":"Time limits. For streams, an attempt ends at its first chunk.","properties":{"attemptMs":{"type":"integer","minimum":1,"maximum":3600000,"description":"Per attempt: until the answer (or a stream's first chunk)."},"totalMs":{"type":"integer","minimum":1,"maximum":3600000,"description":"For the whole request across retries and fallbacks (until the answer or a stream's first chunk)."}}},"CircuitBreaker":{"type":"object","additionalProperties":false,"description":"A circuit breaker per target, its state in the node's store (shared through Redis when the gateway uses Redis stores).","properties":{"enabled":{"type":"boolean","default":true},"windowMs":{"type":"integer","minimum":100,"maximum":3600000,"default":30000,"description":"The sliding window the failure ratio is measured over."},"buckets":{"type":"integer","minimum":1,"maximum":60,"default":5,"description":"Time buckets the window is split into."},"minRequests":{"type":"integer","minimum":1,"default":10,"description":"Attempts in the window before the ratio is considered."},"failureRatio":{"type":"number","minimum":0,"maximum":1,"default":0.5,"description":"Opens when failures / attempts in the window reach this."},"cooldownMs":{"type":"integer","minimum":1,"maximum":3600000,"default":30000,"description":"How long the breaker stays open before letting probes through (half-open)."},"halfOpenProbes":{"type":"integer","minimum":1,"maximum":100,"default":1,"description":"Concurrent probes allowed while half-open."}}}}};
const schema14 = {"type":"object","additionalProperties":false,"description":"Time limits. For streams, an attempt ends at its first chunk.","properties":{"attemptMs":{"type":"integer","minimum":1,"maximum":3600000,"description":"Per attempt: until the answer (or a stream's first chunk)."},"totalMs":{"type":"integer","minimum":1,"maximum":3600000,"description":"For the whole request across retries and fallbacks (until the answer or a stream's first chunk)."}}};
const schema15 = {"type":"object","additionalProperties":false,"description":"A circuit breaker per target, its state in the node's store (shared through Redis when the gateway uses Redis stores).","properties":{"enabled":{"type":"boolean","default":true},"windowMs":{"type":"integer","minimum":100,"maximum":3600000,"default":30000,"description":"The sliding window the failure ratio is measured over."},"buckets":{"type":"integer","minimum":1,"maximum":60,"default":5,"description":"Time buckets the window is split into."},"minRequests":{"type":"integer","minimum":1,"default":10,"description":"Attempts in the window before the ratio is considered."},"failureRatio":{"type":"number","minimum":0,"maximum":1,"default":0.5,"description":"Opens when failures / attempts in the window reach this."},"cooldownMs":{"type":"integer","minimum":1,"maximum":3600000,"default":30000,"description":"How long the breaker stays open before letting probes through (half-open)."},"halfOpenProbes":{"type":"integer","minimum":1,"maximum":100,"default":1,"description":"Concurrent probes allowed while half-open."}}};
const schema13 = {"description":"A failure to match: a gateway error code (e.g. rate_limited, upstream_timeout) or an HTTP status (e.g. 429, 503).","oneOf":[{"type":"string","pattern":"^[a-z][a-z_]*$"},{"type":"integer","minimum":400,"maximum":599}]};
const schema12 = {"type":"object","additionalProperties":false,"description":"Retries of one target before moving on: exponential backoff with full jitter; Retry-After is honoured up to retryAfterCapMs.","properties":{"attempts":{"type":"integer","minimum":0,"maximum":5,"default":0,"description":"Retries after the first try (0-5)."},"baseMs":{"type":"integer","minimum":0,"maximum":60000,"default":100,"description":"Backoff base: retry n waits a random time in [0, min(capMs, baseMs * 2^n))."},"capMs":{"type":"integer","minimum":0,"maximum":60000,"default":2000,"description":"Backoff cap."},"on":{"type":"array","items":{"$ref":"#/definitions/FailureKind"},"default":["rate_limited","upstream_error","upstream_unavailable","upstream_timeout","plugin_timeout"],"description":"The failures that are retried (default: 429, 5xx, timeouts, connection errors)."},"retryAfterCapMs":{"type":"integer","minimum":0,"maximum":600000,"default":5000,"description":"The longest Retry-After honoured; an upstream asking for longer is not retried (the router moves on)."}}};
const pattern0 = new RegExp("^[a-z][a-z_]*$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attempts === undefined){
data.attempts = 0;
}
if(data.baseMs === undefined){
data.baseMs = 100;
}
if(data.capMs === undefined){
data.capMs = 2000;
}
if(data.on === undefined){
data.on = ["rate_limited","upstream_error","upstream_unavailable","upstream_timeout","plugin_timeout"];
}
if(data.retryAfterCapMs === undefined){
data.retryAfterCapMs = 5000;
}
for(const key0 in data){
if(!(((((key0 === "attempts") || (key0 === "baseMs")) || (key0 === "capMs")) || (key0 === "on")) || (key0 === "retryAfterCapMs"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
let data0 = data.attempts;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 5 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let data1 = data.baseMs;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/baseMs",schemaPath:"#/properties/baseMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 60000 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/baseMs",schemaPath:"#/properties/baseMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/baseMs",schemaPath:"#/properties/baseMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let data2 = data.capMs;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/capMs",schemaPath:"#/properties/capMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 60000 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/capMs",schemaPath:"#/properties/capMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/capMs",schemaPath:"#/properties/capMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let data3 = data.on;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs12 = errors;
let valid4 = false;
let passing0 = null;
const _errs13 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err10 = {instancePath:instancePath+"/on/" + i0,schemaPath:"#/definitions/FailureKind/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z_]*$"},message:"must match pattern \""+"^[a-z][a-z_]*$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/on/" + i0,schemaPath:"#/definitions/FailureKind/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs15 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/on/" + i0,schemaPath:"#/definitions/FailureKind/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 599 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/on/" + i0,schemaPath:"#/definitions/FailureKind/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < 400 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/on/" + i0,schemaPath:"#/definitions/FailureKind/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid0 = _errs15 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err15 = {instancePath:instancePath+"/on/" + i0,schemaPath:"#/definitions/FailureKind/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
let data5 = data.retryAfterCapMs;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err17 = {instancePath:instancePath+"/retryAfterCapMs",schemaPath:"#/properties/retryAfterCapMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 600000 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/retryAfterCapMs",schemaPath:"#/properties/retryAfterCapMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/retryAfterCapMs",schemaPath:"#/properties/retryAfterCapMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.alpha === undefined){
data.alpha = 0.3;
}
if(data.statsTtlMs === undefined){
data.statsTtlMs = 600000;
}
if(data.fallback === undefined){
data.fallback = true;
}
if(data.fallbackOn === undefined){
data.fallbackOn = ["rate_limited","upstream_error","upstream_unavailable","upstream_timeout","plugin_timeout"];
}
for(const key0 in data){
if(!((((((((key0 === "alpha") || (key0 === "statsTtlMs")) || (key0 === "fallback")) || (key0 === "retry")) || (key0 === "timeouts")) || (key0 === "breaker")) || (key0 === "seed")) || (key0 === "fallbackOn"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
let data0 = data.alpha;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 <= 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/alpha",schemaPath:"#/properties/alpha/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
let data1 = data.statsTtlMs;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/statsTtlMs",schemaPath:"#/properties/statsTtlMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1000 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/statsTtlMs",schemaPath:"#/properties/statsTtlMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(typeof data.fallback !== "boolean"){
const err6 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.retry !== undefined){
if(!(validate11(data.retry, {instancePath:instancePath+"/retry",parentData:data,parentDataProperty:"retry",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.timeouts !== undefined){
let data4 = data.timeouts;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!((key1 === "attemptMs") || (key1 === "totalMs"))){
const err7 = {instancePath:instancePath+"/timeouts",schemaPath:"#/definitions/Timeouts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.attemptMs !== undefined){
let data5 = data4.attemptMs;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err8 = {instancePath:instancePath+"/timeouts/attemptMs",schemaPath:"#/definitions/Timeouts/properties/attemptMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 3600000 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/timeouts/attemptMs",schemaPath:"#/definitions/Timeouts/properties/attemptMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/timeouts/attemptMs",schemaPath:"#/definitions/Timeouts/properties/attemptMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data4.totalMs !== undefined){
let data6 = data4.totalMs;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err11 = {instancePath:instancePath+"/timeouts/totalMs",schemaPath:"#/definitions/Timeouts/properties/totalMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 3600000 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/timeouts/totalMs",schemaPath:"#/definitions/Timeouts/properties/totalMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/timeouts/totalMs",schemaPath:"#/definitions/Timeouts/properties/totalMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/timeouts",schemaPath:"#/definitions/Timeouts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.breaker !== undefined){
let data7 = data.breaker;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.enabled === undefined){
data7.enabled = true;
}
if(data7.windowMs === undefined){
data7.windowMs = 30000;
}
if(data7.buckets === undefined){
data7.buckets = 5;
}
if(data7.minRequests === undefined){
data7.minRequests = 10;
}
if(data7.failureRatio === undefined){
data7.failureRatio = 0.5;
}
if(data7.cooldownMs === undefined){
data7.cooldownMs = 30000;
}
if(data7.halfOpenProbes === undefined){
data7.halfOpenProbes = 1;
}
for(const key2 in data7){
if(!(((((((key2 === "enabled") || (key2 === "windowMs")) || (key2 === "buckets")) || (key2 === "minRequests")) || (key2 === "failureRatio")) || (key2 === "cooldownMs")) || (key2 === "halfOpenProbes"))){
const err15 = {instancePath:instancePath+"/breaker",schemaPath:"#/definitions/CircuitBreaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(typeof data7.enabled !== "boolean"){
const err16 = {instancePath:instancePath+"/breaker/enabled",schemaPath:"#/definitions/CircuitBreaker/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
let data9 = data7.windowMs;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err17 = {instancePath:instancePath+"/breaker/windowMs",schemaPath:"#/definitions/CircuitBreaker/properties/windowMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 3600000 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/breaker/windowMs",schemaPath:"#/definitions/CircuitBreaker/properties/windowMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data9 < 100 || isNaN(data9)){
const err19 = {instancePath:instancePath+"/breaker/windowMs",schemaPath:"#/definitions/CircuitBreaker/properties/windowMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
let data10 = data7.buckets;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err20 = {instancePath:instancePath+"/breaker/buckets",schemaPath:"#/definitions/CircuitBreaker/properties/buckets/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 60 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/breaker/buckets",schemaPath:"#/definitions/CircuitBreaker/properties/buckets/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err22 = {instancePath:instancePath+"/breaker/buckets",schemaPath:"#/definitions/CircuitBreaker/properties/buckets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let data11 = data7.minRequests;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err23 = {instancePath:instancePath+"/breaker/minRequests",schemaPath:"#/definitions/CircuitBreaker/properties/minRequests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err24 = {instancePath:instancePath+"/breaker/minRequests",schemaPath:"#/definitions/CircuitBreaker/properties/minRequests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let data12 = data7.failureRatio;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 1 || isNaN(data12)){
const err25 = {instancePath:instancePath+"/breaker/failureRatio",schemaPath:"#/definitions/CircuitBreaker/properties/failureRatio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err26 = {instancePath:instancePath+"/breaker/failureRatio",schemaPath:"#/definitions/CircuitBreaker/properties/failureRatio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/breaker/failureRatio",schemaPath:"#/definitions/CircuitBreaker/properties/failureRatio/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
let data13 = data7.cooldownMs;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err28 = {instancePath:instancePath+"/breaker/cooldownMs",schemaPath:"#/definitions/CircuitBreaker/properties/cooldownMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 3600000 || isNaN(data13)){
const err29 = {instancePath:instancePath+"/breaker/cooldownMs",schemaPath:"#/definitions/CircuitBreaker/properties/cooldownMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err30 = {instancePath:instancePath+"/breaker/cooldownMs",schemaPath:"#/definitions/CircuitBreaker/properties/cooldownMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
let data14 = data7.halfOpenProbes;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err31 = {instancePath:instancePath+"/breaker/halfOpenProbes",schemaPath:"#/definitions/CircuitBreaker/properties/halfOpenProbes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 100 || isNaN(data14)){
const err32 = {instancePath:instancePath+"/breaker/halfOpenProbes",schemaPath:"#/definitions/CircuitBreaker/properties/halfOpenProbes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err33 = {instancePath:instancePath+"/breaker/halfOpenProbes",schemaPath:"#/definitions/CircuitBreaker/properties/halfOpenProbes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/breaker",schemaPath:"#/definitions/CircuitBreaker/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.seed !== undefined){
let data15 = data.seed;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err35 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let data16 = data.fallbackOn;
if(Array.isArray(data16)){
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
const _errs41 = errors;
let valid8 = false;
let passing0 = null;
const _errs42 = errors;
if(typeof data17 === "string"){
if(!pattern0.test(data17)){
const err36 = {instancePath:instancePath+"/fallbackOn/" + i0,schemaPath:"#/definitions/FailureKind/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z_]*$"},message:"must match pattern \""+"^[a-z][a-z_]*$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/fallbackOn/" + i0,schemaPath:"#/definitions/FailureKind/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid0 = _errs42 === errors;
if(_valid0){
valid8 = true;
passing0 = 0;
}
const _errs44 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err38 = {instancePath:instancePath+"/fallbackOn/" + i0,schemaPath:"#/definitions/FailureKind/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 599 || isNaN(data17)){
const err39 = {instancePath:instancePath+"/fallbackOn/" + i0,schemaPath:"#/definitions/FailureKind/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data17 < 400 || isNaN(data17)){
const err40 = {instancePath:instancePath+"/fallbackOn/" + i0,schemaPath:"#/definitions/FailureKind/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
var _valid0 = _errs44 === errors;
if(_valid0 && valid8){
valid8 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid8 = true;
passing0 = 1;
}
}
if(!valid8){
const err41 = {instancePath:instancePath+"/fallbackOn/" + i0,schemaPath:"#/definitions/FailureKind/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err42 = {instancePath:instancePath+"/fallbackOn",schemaPath:"#/properties/fallbackOn/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
