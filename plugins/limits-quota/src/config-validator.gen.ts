// GENERATED FILE - do not edit. Source: plugins/limits-quota/schema/config.json. Regenerate with `pnpm gen`.

// @ts-nocheck -- ajv's generated JavaScript; the exports are typed below.
import runtime_ucs2length_module from "ajv/dist/runtime/ucs2length.js";
const runtime_ucs2length = runtime_ucs2length_module.default ?? runtime_ucs2length_module;

/** A precompiled validator: ajv's ValidateFunction, as far as aigw uses it. */
export type Validator = {
  (data: unknown): boolean;
  errors?:
    | { keyword: string; instancePath: string; schemaPath: string; params: Record<string, unknown>; message?: string }[]
    | null;
};

export const validateConfig: Validator = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"LimitsQuotaConfig","description":"Enforces the rate limits and budgets of the caller an auth node resolved (its principal's `quotas`: one policy per key, team and user): requests and tokens per minute and per day, and spending caps per day, month or in total. Every bucket of a request is checked and reserved in one call to the gateway's quota store (one Redis round trip when the stores are Redis), settled from the real usage and cost when the request finishes. Optionally keeps a spend ledger in PostgreSQL (seeding the budget counters after a store lost its data, and serving /admin/spend) and posts a webhook when spend crosses a budget's alert fraction.","type":"object","additionalProperties":false,"properties":{"onStoreUnavailable":{"description":"What happens to a request while the quota store cannot be reached: `open` lets it through (logged once per outage, tagged `limits_store: unavailable` in the record, its usage counted once the store is back); `closed` refuses it with 503 `store_unavailable`.","enum":["open","closed"],"default":"open"},"keyPrefix":{"description":"The prefix of every counter name in the quota store (change it to keep two gateways sharing one Redis apart).","type":"string","pattern":"^[A-Za-z0-9_.:-]{1,64}$","default":"limits"},"defaults":{"description":"Limits for every caller whose principal carries no quota of scope `key`: applied to its key. Callers without a principal (no auth node, or an anonymous route) are never limited.","$ref":"#/definitions/Limits"},"estimate":{"description":"How a request's tokens are estimated before it runs (the reservation; settled from the real usage afterwards).","type":"object","additionalProperties":false,"properties":{"charsPerToken":{"description":"Characters of prompt text per token.","type":"number","exclusiveMinimum":0,"maximum":100,"default":4},"completionTokens":{"description":"Completion tokens reserved for a request that sets neither `max_completion_tokens` nor `max_tokens`.","type":"integer","minimum":0,"default":256},"imageTokens":{"description":"Prompt tokens counted for each image part of a message.","type":"integer","minimum":0,"default":765}}},"postgres":{"description":"The spend ledger: one row per request that used tokens or cost money, written in batches off the request's path. Budget counters a store lost are seeded from it, and /admin/spend reads it.","type":"object","additionalProperties":false,"properties":{"url":{"description":"A libpq connection URI. Prefer `urlEnv` to keep the password out of the config file. Never logged.","type":"string","minLength":1},"urlEnv":{"description":"The environment variable holding the connection URI, read at boot, when `url` is not set.","type":"string","minLength":1},"schema":{"description":"The PostgreSQL schema holding `aigw_spend` (created when missing).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,62}$","default":"public"},"batchSize":{"description":"Rows per INSERT; a batch is written as soon as this many are queued.","type":"integer","minimum":1,"maximum":5000,"default":500},"flushIntervalMs":{"description":"The longest a queued row waits before its batch is written.","type":"integer","minimum":10,"maximum":60000,"default":1000},"maxQueued":{"description":"Rows held in memory while the database is slow or unreachable; beyond it new rows are dropped and counted (the budget counters still have them).","type":"integer","minimum":1,"default":100000},"seedIntervalMs":{"description":"How often the current period's spend per key, team and user is read from the ledger to seed budget counters (also once at boot).","type":"integer","minimum":1000,"default":60000},"queryTimeoutMs":{"description":"The longest one statement may run.","type":"integer","minimum":100,"default":15000}}},"alerts":{"description":"Soft budget alerts: when a scope's spend crosses one of its budget's `alertAt` fractions, one POST per crossing per period, across every gateway instance.","type":"object","additionalProperties":false,"required":["webhook"],"properties":{"webhook":{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"description":"Where the alert is POSTed (JSON).","type":"string","pattern":"^https?://"},"headers":{"description":"Headers sent with each alert (an auth token, say).","type":"object","additionalProperties":{"type":"string"}},"timeoutMs":{"description":"How long one attempt waits for the answer's headers.","type":"integer","minimum":100,"default":5000},"retries":{"description":"Further attempts after a failed one (no answer, or a status other than 2xx), 500 ms apart and doubling.","type":"integer","minimum":0,"maximum":10,"default":3}}}}}},"definitions":{"Limits":{"type":"object","additionalProperties":false,"properties":{"requestsPerMinute":{"type":"integer","minimum":0},"requestsPerDay":{"type":"integer","minimum":0},"tokensPerMinute":{"description":"Prompt and completion tokens together.","type":"integer","minimum":0},"tokensPerDay":{"type":"integer","minimum":0},"budget":{"type":"object","additionalProperties":false,"required":["limitUsd","period"],"properties":{"limitUsd":{"type":"number","minimum":0},"period":{"enum":["daily","monthly","total"]},"alertAt":{"type":"array","items":{"type":"number","exclusiveMinimum":0,"maximum":1},"uniqueItems":true}}}}}}};
const schema12 = {"type":"object","additionalProperties":false,"properties":{"requestsPerMinute":{"type":"integer","minimum":0},"requestsPerDay":{"type":"integer","minimum":0},"tokensPerMinute":{"description":"Prompt and completion tokens together.","type":"integer","minimum":0},"tokensPerDay":{"type":"integer","minimum":0},"budget":{"type":"object","additionalProperties":false,"required":["limitUsd","period"],"properties":{"limitUsd":{"type":"number","minimum":0},"period":{"enum":["daily","monthly","total"]},"alertAt":{"type":"array","items":{"type":"number","exclusiveMinimum":0,"maximum":1},"uniqueItems":true}}}}};
const pattern0 = new RegExp("^[A-Za-z0-9_.:-]{1,64}$", "u");
const pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,62}$", "u");
const pattern2 = new RegExp("^https?://", "u");
const func2 = runtime_ucs2length;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.onStoreUnavailable === undefined){
data.onStoreUnavailable = "open";
}
if(data.keyPrefix === undefined){
data.keyPrefix = "limits";
}
for(const key0 in data){
if(!((((((key0 === "onStoreUnavailable") || (key0 === "keyPrefix")) || (key0 === "defaults")) || (key0 === "estimate")) || (key0 === "postgres")) || (key0 === "alerts"))){
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
let data0 = data.onStoreUnavailable;
if(!((data0 === "open") || (data0 === "closed"))){
const err1 = {instancePath:instancePath+"/onStoreUnavailable",schemaPath:"#/properties/onStoreUnavailable/enum",keyword:"enum",params:{allowedValues: schema11.properties.onStoreUnavailable.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
let data1 = data.keyPrefix;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err2 = {instancePath:instancePath+"/keyPrefix",schemaPath:"#/properties/keyPrefix/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]{1,64}$"+"\""};
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
const err3 = {instancePath:instancePath+"/keyPrefix",schemaPath:"#/properties/keyPrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.defaults !== undefined){
let data2 = data.defaults;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(((((key1 === "requestsPerMinute") || (key1 === "requestsPerDay")) || (key1 === "tokensPerMinute")) || (key1 === "tokensPerDay")) || (key1 === "budget"))){
const err4 = {instancePath:instancePath+"/defaults",schemaPath:"#/definitions/Limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.requestsPerMinute !== undefined){
let data3 = data2.requestsPerMinute;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/defaults/requestsPerMinute",schemaPath:"#/definitions/Limits/properties/requestsPerMinute/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/defaults/requestsPerMinute",schemaPath:"#/definitions/Limits/properties/requestsPerMinute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data2.requestsPerDay !== undefined){
let data4 = data2.requestsPerDay;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err7 = {instancePath:instancePath+"/defaults/requestsPerDay",schemaPath:"#/definitions/Limits/properties/requestsPerDay/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/defaults/requestsPerDay",schemaPath:"#/definitions/Limits/properties/requestsPerDay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data2.tokensPerMinute !== undefined){
let data5 = data2.tokensPerMinute;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err9 = {instancePath:instancePath+"/defaults/tokensPerMinute",schemaPath:"#/definitions/Limits/properties/tokensPerMinute/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/defaults/tokensPerMinute",schemaPath:"#/definitions/Limits/properties/tokensPerMinute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data2.tokensPerDay !== undefined){
let data6 = data2.tokensPerDay;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err11 = {instancePath:instancePath+"/defaults/tokensPerDay",schemaPath:"#/definitions/Limits/properties/tokensPerDay/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/defaults/tokensPerDay",schemaPath:"#/definitions/Limits/properties/tokensPerDay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data2.budget !== undefined){
let data7 = data2.budget;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.limitUsd === undefined){
const err13 = {instancePath:instancePath+"/defaults/budget",schemaPath:"#/definitions/Limits/properties/budget/required",keyword:"required",params:{missingProperty: "limitUsd"},message:"must have required property '"+"limitUsd"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data7.period === undefined){
const err14 = {instancePath:instancePath+"/defaults/budget",schemaPath:"#/definitions/Limits/properties/budget/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data7){
if(!(((key2 === "limitUsd") || (key2 === "period")) || (key2 === "alertAt"))){
const err15 = {instancePath:instancePath+"/defaults/budget",schemaPath:"#/definitions/Limits/properties/budget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data7.limitUsd !== undefined){
let data8 = data7.limitUsd;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/defaults/budget/limitUsd",schemaPath:"#/definitions/Limits/properties/budget/properties/limitUsd/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/defaults/budget/limitUsd",schemaPath:"#/definitions/Limits/properties/budget/properties/limitUsd/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.period !== undefined){
let data9 = data7.period;
if(!(((data9 === "daily") || (data9 === "monthly")) || (data9 === "total"))){
const err18 = {instancePath:instancePath+"/defaults/budget/period",schemaPath:"#/definitions/Limits/properties/budget/properties/period/enum",keyword:"enum",params:{allowedValues: schema12.properties.budget.properties.period.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.alertAt !== undefined){
let data10 = data7.alertAt;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1 || isNaN(data11)){
const err19 = {instancePath:instancePath+"/defaults/budget/alertAt/" + i0,schemaPath:"#/definitions/Limits/properties/budget/properties/alertAt/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data11 <= 0 || isNaN(data11)){
const err20 = {instancePath:instancePath+"/defaults/budget/alertAt/" + i0,schemaPath:"#/definitions/Limits/properties/budget/properties/alertAt/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/defaults/budget/alertAt/" + i0,schemaPath:"#/definitions/Limits/properties/budget/properties/alertAt/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i1 = data10.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data10[i1];
if(!((typeof item0 == "number") && (isFinite(item0)))){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err22 = {instancePath:instancePath+"/defaults/budget/alertAt",schemaPath:"#/definitions/Limits/properties/budget/properties/alertAt/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err23 = {instancePath:instancePath+"/defaults/budget/alertAt",schemaPath:"#/definitions/Limits/properties/budget/properties/alertAt/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/defaults/budget",schemaPath:"#/definitions/Limits/properties/budget/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/defaults",schemaPath:"#/definitions/Limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.estimate !== undefined){
let data12 = data.estimate;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.charsPerToken === undefined){
data12.charsPerToken = 4;
}
if(data12.completionTokens === undefined){
data12.completionTokens = 256;
}
if(data12.imageTokens === undefined){
data12.imageTokens = 765;
}
for(const key3 in data12){
if(!(((key3 === "charsPerToken") || (key3 === "completionTokens")) || (key3 === "imageTokens"))){
const err26 = {instancePath:instancePath+"/estimate",schemaPath:"#/properties/estimate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let data13 = data12.charsPerToken;
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 100 || isNaN(data13)){
const err27 = {instancePath:instancePath+"/estimate/charsPerToken",schemaPath:"#/properties/estimate/properties/charsPerToken/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data13 <= 0 || isNaN(data13)){
const err28 = {instancePath:instancePath+"/estimate/charsPerToken",schemaPath:"#/properties/estimate/properties/charsPerToken/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/estimate/charsPerToken",schemaPath:"#/properties/estimate/properties/charsPerToken/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
let data14 = data12.completionTokens;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err30 = {instancePath:instancePath+"/estimate/completionTokens",schemaPath:"#/properties/estimate/properties/completionTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err31 = {instancePath:instancePath+"/estimate/completionTokens",schemaPath:"#/properties/estimate/properties/completionTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
let data15 = data12.imageTokens;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err32 = {instancePath:instancePath+"/estimate/imageTokens",schemaPath:"#/properties/estimate/properties/imageTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err33 = {instancePath:instancePath+"/estimate/imageTokens",schemaPath:"#/properties/estimate/properties/imageTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err34 = {instancePath:instancePath+"/estimate",schemaPath:"#/properties/estimate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.postgres !== undefined){
let data16 = data.postgres;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.schema === undefined){
data16.schema = "public";
}
if(data16.batchSize === undefined){
data16.batchSize = 500;
}
if(data16.flushIntervalMs === undefined){
data16.flushIntervalMs = 1000;
}
if(data16.maxQueued === undefined){
data16.maxQueued = 100000;
}
if(data16.seedIntervalMs === undefined){
data16.seedIntervalMs = 60000;
}
if(data16.queryTimeoutMs === undefined){
data16.queryTimeoutMs = 15000;
}
for(const key4 in data16){
if(!((((((((key4 === "url") || (key4 === "urlEnv")) || (key4 === "schema")) || (key4 === "batchSize")) || (key4 === "flushIntervalMs")) || (key4 === "maxQueued")) || (key4 === "seedIntervalMs")) || (key4 === "queryTimeoutMs"))){
const err35 = {instancePath:instancePath+"/postgres",schemaPath:"#/properties/postgres/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data16.url !== undefined){
let data17 = data16.url;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err36 = {instancePath:instancePath+"/postgres/url",schemaPath:"#/properties/postgres/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err37 = {instancePath:instancePath+"/postgres/url",schemaPath:"#/properties/postgres/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data16.urlEnv !== undefined){
let data18 = data16.urlEnv;
if(typeof data18 === "string"){
if(func2(data18) < 1){
const err38 = {instancePath:instancePath+"/postgres/urlEnv",schemaPath:"#/properties/postgres/properties/urlEnv/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/postgres/urlEnv",schemaPath:"#/properties/postgres/properties/urlEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
let data19 = data16.schema;
if(typeof data19 === "string"){
if(!pattern1.test(data19)){
const err40 = {instancePath:instancePath+"/postgres/schema",schemaPath:"#/properties/postgres/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,62}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,62}$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/postgres/schema",schemaPath:"#/properties/postgres/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
let data20 = data16.batchSize;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err42 = {instancePath:instancePath+"/postgres/batchSize",schemaPath:"#/properties/postgres/properties/batchSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 5000 || isNaN(data20)){
const err43 = {instancePath:instancePath+"/postgres/batchSize",schemaPath:"#/properties/postgres/properties/batchSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000},message:"must be <= 5000"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data20 < 1 || isNaN(data20)){
const err44 = {instancePath:instancePath+"/postgres/batchSize",schemaPath:"#/properties/postgres/properties/batchSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
let data21 = data16.flushIntervalMs;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err45 = {instancePath:instancePath+"/postgres/flushIntervalMs",schemaPath:"#/properties/postgres/properties/flushIntervalMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 60000 || isNaN(data21)){
const err46 = {instancePath:instancePath+"/postgres/flushIntervalMs",schemaPath:"#/properties/postgres/properties/flushIntervalMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data21 < 10 || isNaN(data21)){
const err47 = {instancePath:instancePath+"/postgres/flushIntervalMs",schemaPath:"#/properties/postgres/properties/flushIntervalMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
let data22 = data16.maxQueued;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err48 = {instancePath:instancePath+"/postgres/maxQueued",schemaPath:"#/properties/postgres/properties/maxQueued/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 1 || isNaN(data22)){
const err49 = {instancePath:instancePath+"/postgres/maxQueued",schemaPath:"#/properties/postgres/properties/maxQueued/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
let data23 = data16.seedIntervalMs;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err50 = {instancePath:instancePath+"/postgres/seedIntervalMs",schemaPath:"#/properties/postgres/properties/seedIntervalMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 1000 || isNaN(data23)){
const err51 = {instancePath:instancePath+"/postgres/seedIntervalMs",schemaPath:"#/properties/postgres/properties/seedIntervalMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
let data24 = data16.queryTimeoutMs;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err52 = {instancePath:instancePath+"/postgres/queryTimeoutMs",schemaPath:"#/properties/postgres/properties/queryTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 100 || isNaN(data24)){
const err53 = {instancePath:instancePath+"/postgres/queryTimeoutMs",schemaPath:"#/properties/postgres/properties/queryTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/postgres",schemaPath:"#/properties/postgres/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.alerts !== undefined){
let data25 = data.alerts;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.webhook === undefined){
const err55 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/required",keyword:"required",params:{missingProperty: "webhook"},message:"must have required property '"+"webhook"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key5 in data25){
if(!(key5 === "webhook")){
const err56 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data25.webhook !== undefined){
let data26 = data25.webhook;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.timeoutMs === undefined){
data26.timeoutMs = 5000;
}
if(data26.retries === undefined){
data26.retries = 3;
}
if(data26.url === undefined){
const err57 = {instancePath:instancePath+"/alerts/webhook",schemaPath:"#/properties/alerts/properties/webhook/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key6 in data26){
if(!((((key6 === "url") || (key6 === "headers")) || (key6 === "timeoutMs")) || (key6 === "retries"))){
const err58 = {instancePath:instancePath+"/alerts/webhook",schemaPath:"#/properties/alerts/properties/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data26.url !== undefined){
let data27 = data26.url;
if(typeof data27 === "string"){
if(!pattern2.test(data27)){
const err59 = {instancePath:instancePath+"/alerts/webhook/url",schemaPath:"#/properties/alerts/properties/webhook/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/alerts/webhook/url",schemaPath:"#/properties/alerts/properties/webhook/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data26.headers !== undefined){
let data28 = data26.headers;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key7 in data28){
if(typeof data28[key7] !== "string"){
const err61 = {instancePath:instancePath+"/alerts/webhook/headers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/alerts/properties/webhook/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/alerts/webhook/headers",schemaPath:"#/properties/alerts/properties/webhook/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
let data30 = data26.timeoutMs;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err63 = {instancePath:instancePath+"/alerts/webhook/timeoutMs",schemaPath:"#/properties/alerts/properties/webhook/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 100 || isNaN(data30)){
const err64 = {instancePath:instancePath+"/alerts/webhook/timeoutMs",schemaPath:"#/properties/alerts/properties/webhook/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
let data31 = data26.retries;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err65 = {instancePath:instancePath+"/alerts/webhook/retries",schemaPath:"#/properties/alerts/properties/webhook/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 10 || isNaN(data31)){
const err66 = {instancePath:instancePath+"/alerts/webhook/retries",schemaPath:"#/properties/alerts/properties/webhook/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data31 < 0 || isNaN(data31)){
const err67 = {instancePath:instancePath+"/alerts/webhook/retries",schemaPath:"#/properties/alerts/properties/webhook/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/alerts/webhook",schemaPath:"#/properties/alerts/properties/webhook/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
