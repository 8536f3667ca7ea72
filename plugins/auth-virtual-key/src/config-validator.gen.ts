// GENERATED FILE - do not edit. Source: plugins/auth-virtual-key/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"VirtualKeyAuthConfig","description":"Authenticates every request by its virtual key (`Authorization: Bearer`, `api-key` or `x-api-key`), checks what the key may use, and sets the request's principal (key, team, user, metadata, limits and budgets). Keeps teams, users, admin tokens and a vault of provider credentials encrypted with AES-256-GCM, and serves the admin API under /admin. Memory is the store of record unless `postgres` is set.","type":"object","additionalProperties":false,"properties":{"postgres":{"description":"Keep keys, teams, users, credentials, admin tokens and the audit log in PostgreSQL (tables created by migrations at start). Without it they live in this process's memory and are lost at restart.","type":"object","additionalProperties":false,"properties":{"url":{"description":"A libpq connection URI. Prefer `urlEnv` to keep the password out of the config file. Never logged.","type":"string","minLength":1},"urlEnv":{"description":"The environment variable holding the connection URI, read at boot when `url` is not set.","type":"string","minLength":1,"default":"AIGW_POSTGRES_URL"},"schema":{"description":"The PostgreSQL schema holding the tables; created when missing.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,62}$","default":"public"},"poolSize":{"description":"Connections in the pool (used by admin changes and reloads only: requests never query the database).","type":"integer","minimum":1,"maximum":50,"default":3}}},"masterKeyEnv":{"description":"The environment variable holding the vault's primary master key: 32 bytes as base64 or hex (`openssl rand -base64 32`). Without it, stored credentials cannot be written or read.","type":"string","minLength":1,"default":"AIGW_MASTER_KEY"},"previousMasterKeysEnv":{"description":"The environment variable holding earlier master keys (comma-separated), still accepted for decryption while credentials are re-encrypted under the primary.","type":"string","minLength":1,"default":"AIGW_MASTER_KEY_PREVIOUS"},"reencryptAtBoot":{"description":"At start, re-encrypt every credential stored under an earlier master key with the primary one.","type":"boolean","default":true},"channel":{"description":"The bus channel on which changes are announced to every gateway instance.","type":"string","minLength":1,"default":"aigw:auth-virtual-key"},"reloadIntervalMs":{"description":"How often everything is reloaded from the store of record, in case an announcement was missed.","type":"integer","minimum":100,"default":30000},"maxRotationGraceSeconds":{"description":"The longest grace period a key rotation may keep the old secret working for.","type":"integer","minimum":0,"default":86400}},"definitions":{"AdminPayloads":{"description":"The admin API's request and answer bodies (schema/admin.json), listed here so that their types are generated with the config's. Not part of a node's config.","type":"object","properties":{"keyCreate":{"$ref":"#/definitions/KeyCreate"},"keyUpdate":{"$ref":"#/definitions/KeyUpdate"},"keyRotate":{"$ref":"#/definitions/KeyRotate"},"key":{"$ref":"#/definitions/Key"},"teamCreate":{"$ref":"#/definitions/TeamCreate"},"teamUpdate":{"$ref":"#/definitions/TeamUpdate"},"team":{"$ref":"#/definitions/Team"},"userCreate":{"$ref":"#/definitions/UserCreate"},"userUpdate":{"$ref":"#/definitions/UserUpdate"},"user":{"$ref":"#/definitions/User"},"credentialPut":{"$ref":"#/definitions/CredentialPut"},"credential":{"$ref":"#/definitions/Credential"},"tokenCreate":{"$ref":"#/definitions/TokenCreate"},"token":{"$ref":"#/definitions/Token"},"auditEntry":{"$ref":"#/definitions/AuditEntry"},"reencryption":{"$ref":"#/definitions/Reencryption"}}},"Limits":{"description":"Rate limits of a key, team or user; a limits plugin enforces them.","type":"object","additionalProperties":false,"properties":{"requestsPerMinute":{"type":"integer","minimum":1},"requestsPerDay":{"type":"integer","minimum":1},"tokensPerMinute":{"description":"Prompt and completion tokens together.","type":"integer","minimum":1},"tokensPerDay":{"type":"integer","minimum":1}}},"Budget":{"description":"A spending cap in US dollars over a period (`total`: since the key, team or user was created).","type":"object","additionalProperties":false,"required":["limitUsd","period"],"properties":{"limitUsd":{"type":"number","exclusiveMinimum":0},"period":{"enum":["daily","monthly","total"]},"alertAt":{"description":"Fractions of the cap at which a soft alert fires.","type":"array","items":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"maxItems":10}}},"Metadata":{"description":"Free-form facts; a key's metadata becomes the request principal's attributes, which routers, guardrails and logs read.","type":"object","maxProperties":64,"additionalProperties":{}},"EntityId":{"description":"A team's or user's id, chosen by the operator.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,127}$"},"ModelPattern":{"description":"A model id, or a prefix ending in `*` (`gpt-4o*`).","type":"string","minLength":1,"maxLength":256},"Endpoint":{"enum":["chat.completions","completions","embeddings","images.generations","audio.speech","audio.transcriptions","moderations"]},"ConfigName":{"description":"The name of one of the gateway's named configs.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"KeyCreate":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200},"team":{"$ref":"#/definitions/EntityId"},"user":{"$ref":"#/definitions/EntityId"},"models":{"description":"The models the key may ask for; unset: any.","type":"array","items":{"$ref":"#/definitions/ModelPattern"},"maxItems":500},"endpoints":{"description":"The endpoints the key may call; unset: any.","type":"array","items":{"$ref":"#/definitions/Endpoint"},"uniqueItems":true},"configs":{"description":"The named configs a request with this key may select (its default config is always allowed); unset: any.","type":"array","items":{"$ref":"#/definitions/ConfigName"},"maxItems":100},"defaultConfig":{"$ref":"#/definitions/ConfigName","description":"The named config the key's requests run through when they select none."},"expiresAt":{"description":"When the key stops working (RFC 3339).","type":"string","format":"date-time"},"metadata":{"$ref":"#/definitions/Metadata"},"limits":{"$ref":"#/definitions/Limits"},"budget":{"$ref":"#/definitions/Budget"}}},"KeyUpdate":{"description":"The fields to change; `null` clears one.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"name":{"type":"string","minLength":1,"maxLength":200},"team":{"anyOf":[{"$ref":"#/definitions/EntityId"},{"type":"null"}]},"user":{"anyOf":[{"$ref":"#/definitions/EntityId"},{"type":"null"}]},"models":{"anyOf":[{"type":"array","items":{"$ref":"#/definitions/ModelPattern"},"maxItems":500},{"type":"null"}]},"endpoints":{"anyOf":[{"type":"array","items":{"$ref":"#/definitions/Endpoint"},"uniqueItems":true},{"type":"null"}]},"configs":{"anyOf":[{"type":"array","items":{"$ref":"#/definitions/ConfigName"},"maxItems":100},{"type":"null"}]},"defaultConfig":{"anyOf":[{"$ref":"#/definitions/ConfigName"},{"type":"null"}]},"expiresAt":{"anyOf":[{"type":"string","format":"date-time"},{"type":"null"}]},"metadata":{"anyOf":[{"$ref":"#/definitions/Metadata"},{"type":"null"}]},"limits":{"anyOf":[{"$ref":"#/definitions/Limits"},{"type":"null"}]},"budget":{"anyOf":[{"$ref":"#/definitions/Budget"},{"type":"null"}]}}},"KeyRotate":{"type":"object","additionalProperties":false,"properties":{"graceSeconds":{"description":"How long the old secret keeps working beside the new one (0, the default: it stops at once).","type":"integer","minimum":0}}},"Key":{"description":"A virtual key as the admin API shows it: never its secret, except `key` in the answer that created or rotated it.","type":"object","additionalProperties":false,"required":["id","name","hint","status","createdAt","updatedAt"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"key":{"description":"The secret: only in the answer that created or rotated the key.","type":"string"},"hint":{"description":"The secret's last four characters.","type":"string"},"status":{"enum":["active","revoked","expired"]},"team":{"type":"string"},"user":{"type":"string"},"models":{"type":"array","items":{"type":"string"}},"endpoints":{"type":"array","items":{"$ref":"#/definitions/Endpoint"}},"configs":{"type":"array","items":{"type":"string"}},"defaultConfig":{"type":"string"},"expiresAt":{"type":"string"},"metadata":{"$ref":"#/definitions/Metadata"},"limits":{"$ref":"#/definitions/Limits"},"budget":{"$ref":"#/definitions/Budget"},"createdAt":{"type":"string"},"updatedAt":{"type":"string"},"rotatedAt":{"type":"string"},"revokedAt":{"type":"string"},"previousSecretValidUntil":{"description":"While a rotation's grace period runs: when the old secret stops working.","type":"string"}}},"TeamCreate":{"type":"object","additionalProperties":false,"properties":{"id":{"$ref":"#/definitions/EntityId","description":"The team's id; generated when left out."},"name":{"type":"string","minLength":1,"maxLength":200},"metadata":{"$ref":"#/definitions/Metadata"},"limits":{"$ref":"#/definitions/Limits"},"budget":{"$ref":"#/definitions/Budget"}}},"TeamUpdate":{"description":"The fields to change; `null` clears one.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"name":{"anyOf":[{"type":"string","minLength":1,"maxLength":200},{"type":"null"}]},"metadata":{"anyOf":[{"$ref":"#/definitions/Metadata"},{"type":"null"}]},"limits":{"anyOf":[{"$ref":"#/definitions/Limits"},{"type":"null"}]},"budget":{"anyOf":[{"$ref":"#/definitions/Budget"},{"type":"null"}]}}},"Team":{"type":"object","additionalProperties":false,"required":["id","createdAt","updatedAt"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"metadata":{"$ref":"#/definitions/Metadata"},"limits":{"$ref":"#/definitions/Limits"},"budget":{"$ref":"#/definitions/Budget"},"createdAt":{"type":"string"},"updatedAt":{"type":"string"}}},"UserCreate":{"type":"object","additionalProperties":false,"properties":{"id":{"$ref":"#/definitions/EntityId","description":"The user's id; generated when left out."},"name":{"type":"string","minLength":1,"maxLength":200},"email":{"type":"string","minLength":3,"maxLength":320},"team":{"$ref":"#/definitions/EntityId"},"metadata":{"$ref":"#/definitions/Metadata"},"limits":{"$ref":"#/definitions/Limits"},"budget":{"$ref":"#/definitions/Budget"}}},"UserUpdate":{"description":"The fields to change; `null` clears one.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"name":{"anyOf":[{"type":"string","minLength":1,"maxLength":200},{"type":"null"}]},"email":{"anyOf":[{"type":"string","minLength":3,"maxLength":320},{"type":"null"}]},"team":{"anyOf":[{"$ref":"#/definitions/EntityId"},{"type":"null"}]},"metadata":{"anyOf":[{"$ref":"#/definitions/Metadata"},{"type":"null"}]},"limits":{"anyOf":[{"$ref":"#/definitions/Limits"},{"type":"null"}]},"budget":{"anyOf":[{"$ref":"#/definitions/Budget"},{"type":"null"}]}}},"User":{"type":"object","additionalProperties":false,"required":["id","createdAt","updatedAt"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"email":{"type":"string"},"team":{"type":"string"},"metadata":{"$ref":"#/definitions/Metadata"},"limits":{"$ref":"#/definitions/Limits"},"budget":{"$ref":"#/definitions/Budget"},"createdAt":{"type":"string"},"updatedAt":{"type":"string"}}},"CredentialPut":{"description":"A provider credential to store under the name in the path (write-only: never shown again).","type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"description":"The secret (an API key, a service account's JSON...).","type":"string","minLength":1,"maxLength":65536},"provider":{"description":"Which provider it is for, as a reminder.","type":"string","minLength":1,"maxLength":100}}},"Credential":{"description":"A stored credential's metadata; the value is never shown.","type":"object","additionalProperties":false,"required":["name","masterKeyId","createdAt","updatedAt"],"properties":{"name":{"type":"string"},"provider":{"type":"string"},"masterKeyId":{"description":"The id of the master key it is encrypted with.","type":"string"},"createdAt":{"type":"string"},"updatedAt":{"type":"string"}}},"Reencryption":{"description":"What a re-encryption of the vault did.","type":"object","additionalProperties":false,"required":["masterKeyId","reencrypted","failed"],"properties":{"masterKeyId":{"description":"The primary master key every credential is now under.","type":"string"},"reencrypted":{"description":"The credentials rewritten under it.","type":"array","items":{"type":"string"}},"failed":{"description":"Credentials that could not be decrypted (their master key is in neither variable).","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","reason"],"properties":{"name":{"type":"string"},"reason":{"type":"string"}}}}}},"TokenCreate":{"type":"object","additionalProperties":false,"required":["name","role"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200},"role":{"enum":["viewer","editor","admin"]}}},"Token":{"description":"An admin token: never its secret, except `token` in the answer that created it.","type":"object","additionalProperties":false,"required":["id","name","role","hint","createdAt"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"role":{"enum":["viewer","editor","admin"]},"token":{"description":"The secret: only in the answer that created the token.","type":"string"},"hint":{"type":"string"},"createdAt":{"type":"string"}}},"AuditEntry":{"description":"One change: who made it, what, to what, when, and what changed (secrets left out).","type":"object","additionalProperties":false,"required":["id","at","actor","action","target","diff"],"properties":{"id":{"type":"string"},"at":{"type":"string"},"actor":{"type":"object","additionalProperties":false,"required":["id","role"],"properties":{"id":{"type":"string"},"role":{"enum":["viewer","editor","admin"]},"name":{"type":"string"}}},"action":{"type":"string"},"target":{"type":"object","additionalProperties":false,"required":["type","id"],"properties":{"type":{"enum":["key","team","user","credential","token","vault"]},"id":{"type":"string"}}},"diff":{"description":"Each changed field's value before and after (`null` where absent); secret fields are never included.","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{},"to":{}}}}}}}};
const func2 = runtime_ucs2length;
const pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,62}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.masterKeyEnv === undefined){
data.masterKeyEnv = "AIGW_MASTER_KEY";
}
if(data.previousMasterKeysEnv === undefined){
data.previousMasterKeysEnv = "AIGW_MASTER_KEY_PREVIOUS";
}
if(data.reencryptAtBoot === undefined){
data.reencryptAtBoot = true;
}
if(data.channel === undefined){
data.channel = "aigw:auth-virtual-key";
}
if(data.reloadIntervalMs === undefined){
data.reloadIntervalMs = 30000;
}
if(data.maxRotationGraceSeconds === undefined){
data.maxRotationGraceSeconds = 86400;
}
for(const key0 in data){
if(!(((((((key0 === "postgres") || (key0 === "masterKeyEnv")) || (key0 === "previousMasterKeysEnv")) || (key0 === "reencryptAtBoot")) || (key0 === "channel")) || (key0 === "reloadIntervalMs")) || (key0 === "maxRotationGraceSeconds"))){
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
if(data.postgres !== undefined){
let data0 = data.postgres;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.urlEnv === undefined){
data0.urlEnv = "AIGW_POSTGRES_URL";
}
if(data0.schema === undefined){
data0.schema = "public";
}
if(data0.poolSize === undefined){
data0.poolSize = 3;
}
for(const key1 in data0){
if(!((((key1 === "url") || (key1 === "urlEnv")) || (key1 === "schema")) || (key1 === "poolSize"))){
const err1 = {instancePath:instancePath+"/postgres",schemaPath:"#/properties/postgres/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.url !== undefined){
let data1 = data0.url;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err2 = {instancePath:instancePath+"/postgres/url",schemaPath:"#/properties/postgres/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err3 = {instancePath:instancePath+"/postgres/url",schemaPath:"#/properties/postgres/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let data2 = data0.urlEnv;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err4 = {instancePath:instancePath+"/postgres/urlEnv",schemaPath:"#/properties/postgres/properties/urlEnv/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/postgres/urlEnv",schemaPath:"#/properties/postgres/properties/urlEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
let data3 = data0.schema;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err6 = {instancePath:instancePath+"/postgres/schema",schemaPath:"#/properties/postgres/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,62}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,62}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/postgres/schema",schemaPath:"#/properties/postgres/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
let data4 = data0.poolSize;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/postgres/poolSize",schemaPath:"#/properties/postgres/properties/poolSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 50 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/postgres/poolSize",schemaPath:"#/properties/postgres/properties/poolSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/postgres/poolSize",schemaPath:"#/properties/postgres/properties/poolSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
else {
const err11 = {instancePath:instancePath+"/postgres",schemaPath:"#/properties/postgres/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let data5 = data.masterKeyEnv;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err12 = {instancePath:instancePath+"/masterKeyEnv",schemaPath:"#/properties/masterKeyEnv/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/masterKeyEnv",schemaPath:"#/properties/masterKeyEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
let data6 = data.previousMasterKeysEnv;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err14 = {instancePath:instancePath+"/previousMasterKeysEnv",schemaPath:"#/properties/previousMasterKeysEnv/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/previousMasterKeysEnv",schemaPath:"#/properties/previousMasterKeysEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data.reencryptAtBoot !== "boolean"){
const err16 = {instancePath:instancePath+"/reencryptAtBoot",schemaPath:"#/properties/reencryptAtBoot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
let data8 = data.channel;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err17 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
let data9 = data.reloadIntervalMs;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err19 = {instancePath:instancePath+"/reloadIntervalMs",schemaPath:"#/properties/reloadIntervalMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 100 || isNaN(data9)){
const err20 = {instancePath:instancePath+"/reloadIntervalMs",schemaPath:"#/properties/reloadIntervalMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let data10 = data.maxRotationGraceSeconds;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err21 = {instancePath:instancePath+"/maxRotationGraceSeconds",schemaPath:"#/properties/maxRotationGraceSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err22 = {instancePath:instancePath+"/maxRotationGraceSeconds",schemaPath:"#/properties/maxRotationGraceSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
