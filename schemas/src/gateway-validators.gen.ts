// GENERATED FILE - do not edit. Source: schemas/gateway.schema.json. Regenerate with `pnpm gen`.

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

export const validateGateway: Validator = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://aigw.dev/schemas/gateway.schema.json","title":"GatewayConfig","description":"An aigw gateway: the plugin packages to load and the pipeline (a DAG of plugin nodes) each request runs through.","type":"object","additionalProperties":false,"required":["pipeline"],"properties":{"$schema":{"type":"string","description":"The JSON schema this file follows (for editors)."},"plugins":{"description":"Plugin packages to load by package name, e.g. \"@aigw/providers-openai\".","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"pipeline":{"$ref":"#/definitions/Pipeline"},"configs":{"description":"Named pipelines a request may select with the override header.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"additionalProperties":{"$ref":"#/definitions/Pipeline"}},"ingress":{"description":"Ingress plugins: front doors for other API formats (e.g. Anthropic's /v1/messages), each serving the paths its plugin declares.","type":"array","items":{"$ref":"#/definitions/Ingress"}},"overrides":{"description":"How a request may pick another pipeline.","type":"object","additionalProperties":false,"properties":{"header":{"type":"string","default":"x-aigw-config","pattern":"^[a-z0-9-]+$"},"allowInline":{"type":"boolean","default":false,"description":"Accept an inline JSON pipeline in the header (validated like the file)."}}},"limits":{"type":"object","additionalProperties":false,"properties":{"maxBodyBytes":{"type":"integer","minimum":1,"default":20971520},"defaultNodeTimeoutMs":{"type":"integer","minimum":1,"maximum":3600000}}},"stores":{"description":"Where plugin stores, quota counters and the message bus between instances live: this process's memory, or a Redis every instance shares.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["memory","redis"]},"url":{"type":"string","description":"Redis URL, e.g. redis://127.0.0.1:6379"},"commandTimeoutMs":{"type":"integer","minimum":1,"maximum":60000,"default":250,"description":"With Redis: how long a store, quota or bus call waits for Redis before it fails with store_unavailable (503). While Redis is unreachable calls fail at once; the connection comes back by itself."}}},"server":{"description":"Settings read by the runtime adapters.","type":"object","additionalProperties":false,"properties":{"port":{"type":"integer","minimum":0,"maximum":65535},"host":{"type":"string"},"workers":{"type":"integer","minimum":1,"maximum":256},"shutdownTimeoutMs":{"type":"integer","minimum":0}}},"logging":{"type":"object","additionalProperties":false,"properties":{"level":{"enum":["debug","info","warn","error","silent"]},"bodies":{"description":"Put request and answer bodies into the request record (off by default: the record holds metadata only). Secrets are always removed; `redact` removes more.","type":"object","additionalProperties":false,"properties":{"request":{"description":"Record the request body.","type":"boolean","default":false},"response":{"description":"Record the answer body (a stream's chunks, assembled into one answer).","type":"boolean","default":false},"redact":{"description":"Field paths to replace with \"[redacted]\" in both bodies, e.g. `messages[*].content`, `user`, `metadata.email`.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"maxBytes":{"description":"Bodies longer than this (as JSON) are cut and marked `truncated`.","type":"integer","minimum":256,"default":65536}}}}},"pricing":{"description":"Prices that replace or extend the built-in price table (schemas/prices.json): by provider label, then model id (a trailing `*` matches a prefix). Each entry replaces the built-in one for that id.","type":"object","additionalProperties":false,"properties":{"overrides":{"type":"object","description":"Same shape as the price table's `providers` (US dollars per million tokens): e.g. {\"openai\": {\"gpt-4o\": {\"input\": 2.5, \"output\": 10}}}.","additionalProperties":{"type":"object","additionalProperties":{"type":"object"}}}}},"capabilities":{"description":"Model capabilities that replace or extend the built-in table (schemas/capabilities.json): what each model refuses, renames, takes one of, lacks, and the most tokens it writes. Provider nodes adapt chat requests to them (see each provider's `adapt`).","type":"object","additionalProperties":false,"properties":{"overrides":{"type":"object","description":"Same shape as the capability table's `providers`: by provider label, then model id (a trailing `*` matches a prefix); each entry replaces the built-in one for that id and may name a built-in `profile`. E.g. {\"anthropic\": {\"claude-sonnet-4-5*\": {\"profile\": \"claude-one-sampler\", \"maxOutputTokens\": 32000}}}.","additionalProperties":{"type":"object","additionalProperties":{"type":"object"}}}}}},"definitions":{"Pipeline":{"type":"object","additionalProperties":false,"required":["nodes"],"properties":{"nodes":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Node"}}}},"Node":{"description":"One plugin instance with its own config.","type":"object","additionalProperties":false,"required":["id","plugin"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]*$"},"plugin":{"type":"string","minLength":1,"description":"The plugin's manifest name."},"config":{"type":"object","description":"Validated against the plugin's own schema."},"needs":{"description":"Nodes whose request step must finish before this one runs.","type":"array","items":{"type":"string"},"uniqueItems":true},"targets":{"description":"A router's targets (providers or other routers), in order.","type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true},"uses":{"description":"Terminals (providers or routers) this node calls as a service through its context's `uses(id)`, e.g. a moderation or embedding model; they run outside the request's route.","type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true},"when":{"$ref":"#/definitions/Condition"},"timeoutMs":{"type":"integer","minimum":1,"maximum":3600000},"onError":{"description":"closed: a failure of this node fails the request; open: the request goes on without it.","enum":["open","closed"]},"onAttempt":{"description":"Run this node's response hook on every upstream answer, inside the router's attempt, instead of once on the final answer: a deny there fails the attempt, so a router retries or falls back (an output check with a fallback action).","type":"boolean"}}},"Condition":{"oneOf":[{"type":"object","required":["field"],"properties":{"field":{"type":"string","pattern":"^(model|endpoint|stream|path|method|(header|metadata|body|principal)\\..+)$"},"eq":{},"ne":{},"gt":{"type":"number"},"gte":{"type":"number"},"lt":{"type":"number"},"lte":{"type":"number"},"in":{"type":"array"},"nin":{"type":"array"},"regex":{"type":"string"},"exists":{"type":"boolean"}},"additionalProperties":false,"minProperties":2,"maxProperties":2},{"type":"object","required":["all"],"properties":{"all":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Condition"}}},"additionalProperties":false},{"type":"object","required":["any"],"properties":{"any":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Condition"}}},"additionalProperties":false},{"type":"object","required":["not"],"properties":{"not":{"$ref":"#/definitions/Condition"}},"additionalProperties":false}]},"Ingress":{"type":"object","additionalProperties":false,"required":["id","plugin"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]*$"},"plugin":{"type":"string","minLength":1,"description":"An ingress plugin's manifest name."},"config":{"type":"object","description":"Validated against the plugin's own schema."}}}}};
const schema15 = {"type":"object","additionalProperties":false,"required":["id","plugin"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]*$"},"plugin":{"type":"string","minLength":1,"description":"An ingress plugin's manifest name."},"config":{"type":"object","description":"Validated against the plugin's own schema."}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime_ucs2length;
const schema12 = {"type":"object","additionalProperties":false,"required":["nodes"],"properties":{"nodes":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Node"}}}};
const schema13 = {"description":"One plugin instance with its own config.","type":"object","additionalProperties":false,"required":["id","plugin"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]*$"},"plugin":{"type":"string","minLength":1,"description":"The plugin's manifest name."},"config":{"type":"object","description":"Validated against the plugin's own schema."},"needs":{"description":"Nodes whose request step must finish before this one runs.","type":"array","items":{"type":"string"},"uniqueItems":true},"targets":{"description":"A router's targets (providers or other routers), in order.","type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true},"uses":{"description":"Terminals (providers or routers) this node calls as a service through its context's `uses(id)`, e.g. a moderation or embedding model; they run outside the request's route.","type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true},"when":{"$ref":"#/definitions/Condition"},"timeoutMs":{"type":"integer","minimum":1,"maximum":3600000},"onError":{"description":"closed: a failure of this node fails the request; open: the request goes on without it.","enum":["open","closed"]},"onAttempt":{"description":"Run this node's response hook on every upstream answer, inside the router's attempt, instead of once on the final answer: a deny there fails the attempt, so a router retries or falls back (an output check with a fallback action).","type":"boolean"}}};
const pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9_-]*$", "u");
const schema14 = {"oneOf":[{"type":"object","required":["field"],"properties":{"field":{"type":"string","pattern":"^(model|endpoint|stream|path|method|(header|metadata|body|principal)\\..+)$"},"eq":{},"ne":{},"gt":{"type":"number"},"gte":{"type":"number"},"lt":{"type":"number"},"lte":{"type":"number"},"in":{"type":"array"},"nin":{"type":"array"},"regex":{"type":"string"},"exists":{"type":"boolean"}},"additionalProperties":false,"minProperties":2,"maxProperties":2},{"type":"object","required":["all"],"properties":{"all":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Condition"}}},"additionalProperties":false},{"type":"object","required":["any"],"properties":{"any":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Condition"}}},"additionalProperties":false},{"type":"object","required":["not"],"properties":{"not":{"$ref":"#/definitions/Condition"}},"additionalProperties":false}]};
const pattern1 = new RegExp("^(model|endpoint|stream|path|method|(header|metadata|body|principal)\\..+)$", "u");
const wrapper0 = {validate: validate13};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 2){
const err0 = {instancePath,schemaPath:"#/oneOf/0/maxProperties",keyword:"maxProperties",params:{limit: 2},message:"must NOT have more than 2 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 2){
const err1 = {instancePath,schemaPath:"#/oneOf/0/minProperties",keyword:"minProperties",params:{limit: 2},message:"must NOT have fewer than 2 properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.field === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema14.oneOf[0].properties, key0))){
const err3 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.field !== undefined){
let data0 = data.field;
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err4 = {instancePath:instancePath+"/field",schemaPath:"#/oneOf/0/properties/field/pattern",keyword:"pattern",params:{pattern: "^(model|endpoint|stream|path|method|(header|metadata|body|principal)\\..+)$"},message:"must match pattern \""+"^(model|endpoint|stream|path|method|(header|metadata|body|principal)\\..+)$"+"\""};
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
const err5 = {instancePath:instancePath+"/field",schemaPath:"#/oneOf/0/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.gt !== undefined){
let data1 = data.gt;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/gt",schemaPath:"#/oneOf/0/properties/gt/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.gte !== undefined){
let data2 = data.gte;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/gte",schemaPath:"#/oneOf/0/properties/gte/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.lt !== undefined){
let data3 = data.lt;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/lt",schemaPath:"#/oneOf/0/properties/lt/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.lte !== undefined){
let data4 = data.lte;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/lte",schemaPath:"#/oneOf/0/properties/lte/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.in !== undefined){
if(!(Array.isArray(data.in))){
const err10 = {instancePath:instancePath+"/in",schemaPath:"#/oneOf/0/properties/in/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.nin !== undefined){
if(!(Array.isArray(data.nin))){
const err11 = {instancePath:instancePath+"/nin",schemaPath:"#/oneOf/0/properties/nin/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.regex !== undefined){
if(typeof data.regex !== "string"){
const err12 = {instancePath:instancePath+"/regex",schemaPath:"#/oneOf/0/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.exists !== undefined){
if(typeof data.exists !== "boolean"){
const err13 = {instancePath:instancePath+"/exists",schemaPath:"#/oneOf/0/properties/exists/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
else {
const err14 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.all === undefined){
const err15 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "all"},message:"must have required property '"+"all"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data){
if(!(key1 === "all")){
const err16 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.all !== undefined){
let data9 = data.all;
if(Array.isArray(data9)){
if(data9.length < 1){
const err17 = {instancePath:instancePath+"/all",schemaPath:"#/oneOf/1/properties/all/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate(data9[i0], {instancePath:instancePath+"/all/" + i0,parentData:data9,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/all",schemaPath:"#/oneOf/1/properties/all/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs28 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.any === undefined){
const err20 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "any"},message:"must have required property '"+"any"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data){
if(!(key2 === "any")){
const err21 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.any !== undefined){
let data11 = data.any;
if(Array.isArray(data11)){
if(data11.length < 1){
const err22 = {instancePath:instancePath+"/any",schemaPath:"#/oneOf/2/properties/any/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(wrapper0.validate(data11[i1], {instancePath:instancePath+"/any/" + i1,parentData:data11,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/any",schemaPath:"#/oneOf/2/properties/any/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err24 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs28 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs34 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.not === undefined){
const err25 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "not"},message:"must have required property '"+"not"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key3 in data){
if(!(key3 === "not")){
const err26 = {instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.not !== undefined){
if(!(wrapper0.validate(data.not, {instancePath:instancePath+"/not",parentData:data,parentDataProperty:"not",rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs34 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
}
}
}
if(!valid0){
const err28 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate13.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.plugin === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plugin"},message:"must have required property '"+"plugin"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema13.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.plugin !== undefined){
let data1 = data.plugin;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.config !== undefined){
let data2 = data.config;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err7 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.needs !== undefined){
let data3 = data.needs;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err8 = {instancePath:instancePath+"/needs/" + i0,schemaPath:"#/properties/needs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err9 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err10 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.targets !== undefined){
let data5 = data.targets;
if(Array.isArray(data5)){
if(data5.length < 1){
const err11 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len1 = data5.length;
for(let i2=0; i2<len1; i2++){
if(typeof data5[i2] !== "string"){
const err12 = {instancePath:instancePath+"/targets/" + i2,schemaPath:"#/properties/targets/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let i3 = data5.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data5[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err13 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err14 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.uses !== undefined){
let data7 = data.uses;
if(Array.isArray(data7)){
if(data7.length < 1){
const err15 = {instancePath:instancePath+"/uses",schemaPath:"#/properties/uses/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len2 = data7.length;
for(let i4=0; i4<len2; i4++){
if(typeof data7[i4] !== "string"){
const err16 = {instancePath:instancePath+"/uses/" + i4,schemaPath:"#/properties/uses/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let i5 = data7.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data7[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err17 = {instancePath:instancePath+"/uses",schemaPath:"#/properties/uses/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err18 = {instancePath:instancePath+"/uses",schemaPath:"#/properties/uses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.when !== undefined){
if(!(validate13(data.when, {instancePath:instancePath+"/when",parentData:data,parentDataProperty:"when",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data.timeoutMs !== undefined){
let data10 = data.timeoutMs;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err19 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 3600000 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.onError !== undefined){
let data11 = data.onError;
if(!((data11 === "open") || (data11 === "closed"))){
const err22 = {instancePath:instancePath+"/onError",schemaPath:"#/properties/onError/enum",keyword:"enum",params:{allowedValues: schema13.properties.onError.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.onAttempt !== undefined){
if(typeof data.onAttempt !== "boolean"){
const err23 = {instancePath:instancePath+"/onAttempt",schemaPath:"#/properties/onAttempt/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nodes === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nodes"},message:"must have required property '"+"nodes"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "nodes")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.nodes !== undefined){
let data0 = data.nodes;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate12(data0[i0], {instancePath:instancePath+"/nodes/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const pattern2 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const pattern4 = new RegExp("^[a-z0-9-]+$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://aigw.dev/schemas/gateway.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pipeline === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pipeline"},message:"must have required property '"+"pipeline"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.plugins !== undefined){
let data1 = data.plugins;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err3 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/properties/plugins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/properties/plugins/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err5 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err6 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.pipeline !== undefined){
if(!(validate11(data.pipeline, {instancePath:instancePath+"/pipeline",parentData:data,parentDataProperty:"pipeline",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.configs !== undefined){
let data4 = data.configs;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs11 = errors;
if(typeof key1 === "string"){
if(!pattern2.test(key1)){
const err7 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid4 = _errs11 === errors;
if(!valid4){
const err8 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key2 in data4){
if(!(validate11(data4[key2], {instancePath:instancePath+"/configs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ingress !== undefined){
let data6 = data.ingress;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err10 = {instancePath:instancePath+"/ingress/" + i2,schemaPath:"#/definitions/Ingress/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data7.plugin === undefined){
const err11 = {instancePath:instancePath+"/ingress/" + i2,schemaPath:"#/definitions/Ingress/required",keyword:"required",params:{missingProperty: "plugin"},message:"must have required property '"+"plugin"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key3 in data7){
if(!(((key3 === "id") || (key3 === "plugin")) || (key3 === "config"))){
const err12 = {instancePath:instancePath+"/ingress/" + i2,schemaPath:"#/definitions/Ingress/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err13 = {instancePath:instancePath+"/ingress/" + i2+"/id",schemaPath:"#/definitions/Ingress/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/ingress/" + i2+"/id",schemaPath:"#/definitions/Ingress/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.plugin !== undefined){
let data9 = data7.plugin;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err15 = {instancePath:instancePath+"/ingress/" + i2+"/plugin",schemaPath:"#/definitions/Ingress/properties/plugin/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/ingress/" + i2+"/plugin",schemaPath:"#/definitions/Ingress/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.config !== undefined){
let data10 = data7.config;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err17 = {instancePath:instancePath+"/ingress/" + i2+"/config",schemaPath:"#/definitions/Ingress/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/ingress/" + i2,schemaPath:"#/definitions/Ingress/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/ingress",schemaPath:"#/properties/ingress/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.overrides !== undefined){
let data11 = data.overrides;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.header === undefined){
data11.header = "x-aigw-config";
}
if(data11.allowInline === undefined){
data11.allowInline = false;
}
for(const key4 in data11){
if(!((key4 === "header") || (key4 === "allowInline"))){
const err20 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let data12 = data11.header;
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
const err21 = {instancePath:instancePath+"/overrides/header",schemaPath:"#/properties/overrides/properties/header/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/overrides/header",schemaPath:"#/properties/overrides/properties/header/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data11.allowInline !== "boolean"){
const err23 = {instancePath:instancePath+"/overrides/allowInline",schemaPath:"#/properties/overrides/properties/allowInline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.limits !== undefined){
let data14 = data.limits;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.maxBodyBytes === undefined){
data14.maxBodyBytes = 20971520;
}
for(const key5 in data14){
if(!((key5 === "maxBodyBytes") || (key5 === "defaultNodeTimeoutMs"))){
const err25 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let data15 = data14.maxBodyBytes;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err26 = {instancePath:instancePath+"/limits/maxBodyBytes",schemaPath:"#/properties/limits/properties/maxBodyBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err27 = {instancePath:instancePath+"/limits/maxBodyBytes",schemaPath:"#/properties/limits/properties/maxBodyBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data14.defaultNodeTimeoutMs !== undefined){
let data16 = data14.defaultNodeTimeoutMs;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err28 = {instancePath:instancePath+"/limits/defaultNodeTimeoutMs",schemaPath:"#/properties/limits/properties/defaultNodeTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 3600000 || isNaN(data16)){
const err29 = {instancePath:instancePath+"/limits/defaultNodeTimeoutMs",schemaPath:"#/properties/limits/properties/defaultNodeTimeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err30 = {instancePath:instancePath+"/limits/defaultNodeTimeoutMs",schemaPath:"#/properties/limits/properties/defaultNodeTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.stores !== undefined){
let data17 = data.stores;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.commandTimeoutMs === undefined){
data17.commandTimeoutMs = 250;
}
if(data17.type === undefined){
const err32 = {instancePath:instancePath+"/stores",schemaPath:"#/properties/stores/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key6 in data17){
if(!(((key6 === "type") || (key6 === "url")) || (key6 === "commandTimeoutMs"))){
const err33 = {instancePath:instancePath+"/stores",schemaPath:"#/properties/stores/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data17.type !== undefined){
let data18 = data17.type;
if(!((data18 === "memory") || (data18 === "redis"))){
const err34 = {instancePath:instancePath+"/stores/type",schemaPath:"#/properties/stores/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.stores.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data17.url !== undefined){
if(typeof data17.url !== "string"){
const err35 = {instancePath:instancePath+"/stores/url",schemaPath:"#/properties/stores/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let data20 = data17.commandTimeoutMs;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err36 = {instancePath:instancePath+"/stores/commandTimeoutMs",schemaPath:"#/properties/stores/properties/commandTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 60000 || isNaN(data20)){
const err37 = {instancePath:instancePath+"/stores/commandTimeoutMs",schemaPath:"#/properties/stores/properties/commandTimeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data20 < 1 || isNaN(data20)){
const err38 = {instancePath:instancePath+"/stores/commandTimeoutMs",schemaPath:"#/properties/stores/properties/commandTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/stores",schemaPath:"#/properties/stores/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.server !== undefined){
let data21 = data.server;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key7 in data21){
if(!((((key7 === "port") || (key7 === "host")) || (key7 === "workers")) || (key7 === "shutdownTimeoutMs"))){
const err40 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data21.port !== undefined){
let data22 = data21.port;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err41 = {instancePath:instancePath+"/server/port",schemaPath:"#/properties/server/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 65535 || isNaN(data22)){
const err42 = {instancePath:instancePath+"/server/port",schemaPath:"#/properties/server/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data22 < 0 || isNaN(data22)){
const err43 = {instancePath:instancePath+"/server/port",schemaPath:"#/properties/server/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data21.host !== undefined){
if(typeof data21.host !== "string"){
const err44 = {instancePath:instancePath+"/server/host",schemaPath:"#/properties/server/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data21.workers !== undefined){
let data24 = data21.workers;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err45 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 256 || isNaN(data24)){
const err46 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data24 < 1 || isNaN(data24)){
const err47 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
if(data21.shutdownTimeoutMs !== undefined){
let data25 = data21.shutdownTimeoutMs;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err48 = {instancePath:instancePath+"/server/shutdownTimeoutMs",schemaPath:"#/properties/server/properties/shutdownTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err49 = {instancePath:instancePath+"/server/shutdownTimeoutMs",schemaPath:"#/properties/server/properties/shutdownTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
}
else {
const err50 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.logging !== undefined){
let data26 = data.logging;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key8 in data26){
if(!((key8 === "level") || (key8 === "bodies"))){
const err51 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data26.level !== undefined){
let data27 = data26.level;
if(!(((((data27 === "debug") || (data27 === "info")) || (data27 === "warn")) || (data27 === "error")) || (data27 === "silent"))){
const err52 = {instancePath:instancePath+"/logging/level",schemaPath:"#/properties/logging/properties/level/enum",keyword:"enum",params:{allowedValues: schema11.properties.logging.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data26.bodies !== undefined){
let data28 = data26.bodies;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.request === undefined){
data28.request = false;
}
if(data28.response === undefined){
data28.response = false;
}
if(data28.maxBytes === undefined){
data28.maxBytes = 65536;
}
for(const key9 in data28){
if(!((((key9 === "request") || (key9 === "response")) || (key9 === "redact")) || (key9 === "maxBytes"))){
const err53 = {instancePath:instancePath+"/logging/bodies",schemaPath:"#/properties/logging/properties/bodies/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(typeof data28.request !== "boolean"){
const err54 = {instancePath:instancePath+"/logging/bodies/request",schemaPath:"#/properties/logging/properties/bodies/properties/request/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(typeof data28.response !== "boolean"){
const err55 = {instancePath:instancePath+"/logging/bodies/response",schemaPath:"#/properties/logging/properties/bodies/properties/response/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data28.redact !== undefined){
let data31 = data28.redact;
if(Array.isArray(data31)){
const len2 = data31.length;
for(let i3=0; i3<len2; i3++){
let data32 = data31[i3];
if(typeof data32 === "string"){
if(func3(data32) < 1){
const err56 = {instancePath:instancePath+"/logging/bodies/redact/" + i3,schemaPath:"#/properties/logging/properties/bodies/properties/redact/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/logging/bodies/redact/" + i3,schemaPath:"#/properties/logging/properties/bodies/properties/redact/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
let i4 = data31.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data31[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err58 = {instancePath:instancePath+"/logging/bodies/redact",schemaPath:"#/properties/logging/properties/bodies/properties/redact/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err59 = {instancePath:instancePath+"/logging/bodies/redact",schemaPath:"#/properties/logging/properties/bodies/properties/redact/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
let data33 = data28.maxBytes;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err60 = {instancePath:instancePath+"/logging/bodies/maxBytes",schemaPath:"#/properties/logging/properties/bodies/properties/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 256 || isNaN(data33)){
const err61 = {instancePath:instancePath+"/logging/bodies/maxBytes",schemaPath:"#/properties/logging/properties/bodies/properties/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 256},message:"must be >= 256"};
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
const err62 = {instancePath:instancePath+"/logging/bodies",schemaPath:"#/properties/logging/properties/bodies/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.pricing !== undefined){
let data34 = data.pricing;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key10 in data34){
if(!(key10 === "overrides")){
const err64 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data34.overrides !== undefined){
let data35 = data34.overrides;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key11 in data35){
let data36 = data35[key11];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key12 in data36){
let data37 = data36[key12];
if(!(data37 && typeof data37 == "object" && !Array.isArray(data37))){
const err65 = {instancePath:instancePath+"/pricing/overrides/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pricing/properties/overrides/additionalProperties/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/pricing/overrides/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pricing/properties/overrides/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/pricing/overrides",schemaPath:"#/properties/pricing/properties/overrides/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err68 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.capabilities !== undefined){
let data38 = data.capabilities;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key13 in data38){
if(!(key13 === "overrides")){
const err69 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data38.overrides !== undefined){
let data39 = data38.overrides;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key14 in data39){
let data40 = data39[key14];
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key15 in data40){
let data41 = data40[key15];
if(!(data41 && typeof data41 == "object" && !Array.isArray(data41))){
const err70 = {instancePath:instancePath+"/capabilities/overrides/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/capabilities/properties/overrides/additionalProperties/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/capabilities/overrides/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/capabilities/properties/overrides/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/capabilities/overrides",schemaPath:"#/properties/capabilities/properties/overrides/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const validatePipeline: Validator = validate18;

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nodes === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nodes"},message:"must have required property '"+"nodes"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "nodes")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.nodes !== undefined){
let data0 = data.nodes;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate12(data0[i0], {instancePath:instancePath+"/nodes/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

export const validatePriceTable: Validator = validate20;
const schema17 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://aigw.dev/schemas/price-table.v1.json","title":"PriceTable","description":"What each provider charges per model: the one source of cost for the request record, budgets and cache savings. Token prices are US dollars per million tokens.","type":"object","additionalProperties":false,"required":["version","providers"],"properties":{"$schema":{"type":"string"},"version":{"description":"The table's version (the date its prices were checked, YYYY-MM-DD, optionally with a suffix); every cost records it.","type":"string","minLength":1},"providers":{"description":"By provider label (as the record's `provider`: openai, azure, anthropic, bedrock, google, mistral, cohere, groq...), then by model id. A model id ending in `*` matches every id that starts with what comes before it (the longest such prefix wins over a shorter one; an exact id wins over any prefix).","type":"object","additionalProperties":{"type":"object","additionalProperties":{"$ref":"#/definitions/ModelPrice"}}}},"definitions":{"ModelPrice":{"description":"One model's prices. A price left out is not charged (or, for cached input, cache writes and reasoning, charged as input or output: see each field).","type":"object","additionalProperties":false,"properties":{"input":{"description":"Per million uncached prompt tokens.","type":"number","minimum":0},"output":{"description":"Per million completion tokens.","type":"number","minimum":0},"cachedInput":{"description":"Per million prompt tokens read from the provider's cache; when absent, charged as `input`.","type":"number","minimum":0},"cacheWrite":{"description":"Per million prompt tokens written to the provider's cache; when absent, charged as `input`.","type":"number","minimum":0},"reasoning":{"description":"Per million reasoning tokens; when absent, charged as `output`.","type":"number","minimum":0},"perRequest":{"description":"Per request, whatever its tokens.","type":"number","minimum":0},"perImage":{"description":"Per generated image.","type":"number","minimum":0},"perSecond":{"description":"Per second of audio (transcription input).","type":"number","minimum":0},"perMillionCharacters":{"description":"Per million input characters (speech synthesis).","type":"number","minimum":0}}}}};
const schema18 = {"description":"One model's prices. A price left out is not charged (or, for cached input, cache writes and reasoning, charged as input or output: see each field).","type":"object","additionalProperties":false,"properties":{"input":{"description":"Per million uncached prompt tokens.","type":"number","minimum":0},"output":{"description":"Per million completion tokens.","type":"number","minimum":0},"cachedInput":{"description":"Per million prompt tokens read from the provider's cache; when absent, charged as `input`.","type":"number","minimum":0},"cacheWrite":{"description":"Per million prompt tokens written to the provider's cache; when absent, charged as `input`.","type":"number","minimum":0},"reasoning":{"description":"Per million reasoning tokens; when absent, charged as `output`.","type":"number","minimum":0},"perRequest":{"description":"Per request, whatever its tokens.","type":"number","minimum":0},"perImage":{"description":"Per generated image.","type":"number","minimum":0},"perSecond":{"description":"Per second of audio (transcription input).","type":"number","minimum":0},"perMillionCharacters":{"description":"Per million input characters (speech synthesis).","type":"number","minimum":0}}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://aigw.dev/schemas/price-table.v1.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.providers === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "providers"},message:"must have required property '"+"providers"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "$schema") || (key0 === "version")) || (key0 === "providers"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err5 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.providers !== undefined){
let data2 = data.providers;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key2 in data3){
let data4 = data3[key2];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key3 in data4){
if(!(func2.call(schema18.properties, key3))){
const err6 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ModelPrice/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.input !== undefined){
let data5 = data4.input;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err7 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/input",schemaPath:"#/definitions/ModelPrice/properties/input/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/input",schemaPath:"#/definitions/ModelPrice/properties/input/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.output !== undefined){
let data6 = data4.output;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err9 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/output",schemaPath:"#/definitions/ModelPrice/properties/output/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/output",schemaPath:"#/definitions/ModelPrice/properties/output/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.cachedInput !== undefined){
let data7 = data4.cachedInput;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err11 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cachedInput",schemaPath:"#/definitions/ModelPrice/properties/cachedInput/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cachedInput",schemaPath:"#/definitions/ModelPrice/properties/cachedInput/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.cacheWrite !== undefined){
let data8 = data4.cacheWrite;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err13 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cacheWrite",schemaPath:"#/definitions/ModelPrice/properties/cacheWrite/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cacheWrite",schemaPath:"#/definitions/ModelPrice/properties/cacheWrite/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.reasoning !== undefined){
let data9 = data4.reasoning;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err15 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/reasoning",schemaPath:"#/definitions/ModelPrice/properties/reasoning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/reasoning",schemaPath:"#/definitions/ModelPrice/properties/reasoning/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.perRequest !== undefined){
let data10 = data4.perRequest;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err17 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/perRequest",schemaPath:"#/definitions/ModelPrice/properties/perRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err18 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/perRequest",schemaPath:"#/definitions/ModelPrice/properties/perRequest/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.perImage !== undefined){
let data11 = data4.perImage;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err19 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/perImage",schemaPath:"#/definitions/ModelPrice/properties/perImage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/perImage",schemaPath:"#/definitions/ModelPrice/properties/perImage/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.perSecond !== undefined){
let data12 = data4.perSecond;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err21 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/perSecond",schemaPath:"#/definitions/ModelPrice/properties/perSecond/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/perSecond",schemaPath:"#/definitions/ModelPrice/properties/perSecond/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data4.perMillionCharacters !== undefined){
let data13 = data4.perMillionCharacters;
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err23 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/perMillionCharacters",schemaPath:"#/definitions/ModelPrice/properties/perMillionCharacters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/perMillionCharacters",schemaPath:"#/definitions/ModelPrice/properties/perMillionCharacters/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err25 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ModelPrice/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

export const validateCapabilityTable: Validator = validate21;
const schema19 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://aigw.dev/schemas/capability-table.v1.json","title":"CapabilityTable","description":"What each model accepts on the chat completions endpoint, so a provider node can adapt a request before it is sent: parameters the model refuses, renames, pairs it takes only one of, features it lacks and the most tokens it writes. A model the table does not list is sent as the client asked.","type":"object","additionalProperties":false,"required":["version","providers"],"properties":{"$schema":{"type":"string"},"version":{"description":"The table's version (the date its facts were checked, YYYY-MM-DD, optionally with a suffix).","type":"string","minLength":1},"profiles":{"description":"Named sets of capabilities several models share (OpenAI's reasoning models, say); a model entry names one as `profile` and adds or replaces fields.","type":"object","additionalProperties":{"$ref":"#/definitions/ModelCapabilities"}},"providers":{"description":"By provider label (as the price table and the record's `provider`: openai, azure, anthropic, bedrock, google, mistral, cohere, groq...), then by model id. A model id ending in `*` matches every id that starts with what comes before it (the longest such prefix wins; an exact id wins over any prefix); an id with a `/` is also tried without what comes before its last `/`.","type":"object","additionalProperties":{"type":"object","additionalProperties":{"$ref":"#/definitions/ModelCapabilities"}}}},"definitions":{"ModelCapabilities":{"description":"What one model refuses or lacks. Everything left out is accepted as sent.","type":"object","additionalProperties":false,"properties":{"profile":{"description":"A profile of the table's `profiles` this entry starts from; its own fields replace the profile's (`rejects`, `renames` and `features` are merged key by key, the entry's winning).","type":"string","minLength":1},"rejects":{"description":"Body parameters the model refuses, by name, each with the reason (as the upstream words it). Adapting drops them (or, with `adapt: error`, answers 400).","type":"object","additionalProperties":{"$ref":"#/definitions/ParamRejection"}},"renames":{"description":"Body parameters the model takes under another name: `{\"max_tokens\": \"max_completion_tokens\"}`. When both names are sent, the new name's value is kept and the old one dropped.","type":"object","additionalProperties":{"type":"string","minLength":1}},"exclusive":{"description":"Groups of parameters the model takes only one of at a time (Claude's `temperature` and `top_p`): when several are sent, `keep` stays and the others are dropped.","type":"array","items":{"$ref":"#/definitions/ExclusiveParams"}},"features":{"$ref":"#/definitions/ModelFeatures"},"maxOutputTokens":{"description":"The most tokens the model writes in one answer: `max_tokens` and `max_completion_tokens` above it are clamped to it.","type":"integer","minimum":1},"source":{"description":"Where the facts come from (the provider's documentation, or its error message).","type":"string"}}},"ParamRejection":{"type":"object","additionalProperties":false,"required":["reason"],"properties":{"reason":{"description":"Why the model refuses it.","type":"string","minLength":1},"unless":{"description":"The parameter is accepted when every parameter named here has one of the listed values (`null`: the parameter is absent). GPT-5.1 takes `temperature` only while `reasoning_effort` is `none`, its default: `{\"reasoning_effort\": [\"none\", null]}`.","type":"object","minProperties":1,"additionalProperties":{"type":"array","minItems":1,"items":{"type":["string","number","boolean","null"]}}}}},"ExclusiveParams":{"type":"object","additionalProperties":false,"required":["params","keep"],"properties":{"params":{"description":"The parameters of the group.","type":"array","minItems":2,"uniqueItems":true,"items":{"type":"string","minLength":1}},"keep":{"description":"The one kept when several are sent.","type":"string","minLength":1},"reason":{"description":"Why (as the upstream words it).","type":"string"}}},"ModelFeatures":{"description":"Features the model lacks (`false`); a request that uses one cannot be adapted and is answered 400 naming the parameter and the model, before any upstream call. Absent means supported.","type":"object","additionalProperties":false,"properties":{"tools":{"description":"`tools` / `functions` (function calling).","type":"boolean"},"vision":{"description":"Image parts in messages.","type":"boolean"},"jsonSchema":{"description":"`response_format` of type `json_schema` (Structured Outputs).","type":"boolean"},"streaming":{"description":"`stream: true`.","type":"boolean"},"systemMessages":{"description":"Messages with the `system` or `developer` role.","type":"boolean"}}}}};
const schema20 = {"description":"What one model refuses or lacks. Everything left out is accepted as sent.","type":"object","additionalProperties":false,"properties":{"profile":{"description":"A profile of the table's `profiles` this entry starts from; its own fields replace the profile's (`rejects`, `renames` and `features` are merged key by key, the entry's winning).","type":"string","minLength":1},"rejects":{"description":"Body parameters the model refuses, by name, each with the reason (as the upstream words it). Adapting drops them (or, with `adapt: error`, answers 400).","type":"object","additionalProperties":{"$ref":"#/definitions/ParamRejection"}},"renames":{"description":"Body parameters the model takes under another name: `{\"max_tokens\": \"max_completion_tokens\"}`. When both names are sent, the new name's value is kept and the old one dropped.","type":"object","additionalProperties":{"type":"string","minLength":1}},"exclusive":{"description":"Groups of parameters the model takes only one of at a time (Claude's `temperature` and `top_p`): when several are sent, `keep` stays and the others are dropped.","type":"array","items":{"$ref":"#/definitions/ExclusiveParams"}},"features":{"$ref":"#/definitions/ModelFeatures"},"maxOutputTokens":{"description":"The most tokens the model writes in one answer: `max_tokens` and `max_completion_tokens` above it are clamped to it.","type":"integer","minimum":1},"source":{"description":"Where the facts come from (the provider's documentation, or its error message).","type":"string"}}};
const schema21 = {"type":"object","additionalProperties":false,"required":["reason"],"properties":{"reason":{"description":"Why the model refuses it.","type":"string","minLength":1},"unless":{"description":"The parameter is accepted when every parameter named here has one of the listed values (`null`: the parameter is absent). GPT-5.1 takes `temperature` only while `reasoning_effort` is `none`, its default: `{\"reasoning_effort\": [\"none\", null]}`.","type":"object","minProperties":1,"additionalProperties":{"type":"array","minItems":1,"items":{"type":["string","number","boolean","null"]}}}}};
const schema22 = {"type":"object","additionalProperties":false,"required":["params","keep"],"properties":{"params":{"description":"The parameters of the group.","type":"array","minItems":2,"uniqueItems":true,"items":{"type":"string","minLength":1}},"keep":{"description":"The one kept when several are sent.","type":"string","minLength":1},"reason":{"description":"Why (as the upstream words it).","type":"string"}}};
const schema23 = {"description":"Features the model lacks (`false`); a request that uses one cannot be adapted and is answered 400 naming the parameter and the model, before any upstream call. Absent means supported.","type":"object","additionalProperties":false,"properties":{"tools":{"description":"`tools` / `functions` (function calling).","type":"boolean"},"vision":{"description":"Image parts in messages.","type":"boolean"},"jsonSchema":{"description":"`response_format` of type `json_schema` (Structured Outputs).","type":"boolean"},"streaming":{"description":"`stream: true`.","type":"boolean"},"systemMessages":{"description":"Messages with the `system` or `developer` role.","type":"boolean"}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "profile") || (key0 === "rejects")) || (key0 === "renames")) || (key0 === "exclusive")) || (key0 === "features")) || (key0 === "maxOutputTokens")) || (key0 === "source"))){
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
if(data.profile !== undefined){
let data0 = data.profile;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err1 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.rejects !== undefined){
let data1 = data.rejects;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
let data2 = data1[key1];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.reason === undefined){
const err3 = {instancePath:instancePath+"/rejects/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ParamRejection/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key2 in data2){
if(!((key2 === "reason") || (key2 === "unless"))){
const err4 = {instancePath:instancePath+"/rejects/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ParamRejection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.reason !== undefined){
let data3 = data2.reason;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err5 = {instancePath:instancePath+"/rejects/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/reason",schemaPath:"#/definitions/ParamRejection/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/rejects/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/reason",schemaPath:"#/definitions/ParamRejection/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.unless !== undefined){
let data4 = data2.unless;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err7 = {instancePath:instancePath+"/rejects/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/unless",schemaPath:"#/definitions/ParamRejection/properties/unless/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key3 in data4){
let data5 = data4[key3];
if(Array.isArray(data5)){
if(data5.length < 1){
const err8 = {instancePath:instancePath+"/rejects/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/unless/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ParamRejection/properties/unless/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if((((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")) && (data6 !== null)){
const err9 = {instancePath:instancePath+"/rejects/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/unless/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/definitions/ParamRejection/properties/unless/additionalProperties/items/type",keyword:"type",params:{type: schema21.properties.unless.additionalProperties.items.type},message:"must be string,number,boolean,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/rejects/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/unless/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ParamRejection/properties/unless/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err11 = {instancePath:instancePath+"/rejects/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/unless",schemaPath:"#/definitions/ParamRejection/properties/unless/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/rejects/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ParamRejection/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err13 = {instancePath:instancePath+"/rejects",schemaPath:"#/properties/rejects/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.renames !== undefined){
let data7 = data.renames;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key4 in data7){
let data8 = data7[key4];
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err14 = {instancePath:instancePath+"/renames/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/renames/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/renames/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/renames/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/renames",schemaPath:"#/properties/renames/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.exclusive !== undefined){
let data9 = data.exclusive;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.params === undefined){
const err17 = {instancePath:instancePath+"/exclusive/" + i1,schemaPath:"#/definitions/ExclusiveParams/required",keyword:"required",params:{missingProperty: "params"},message:"must have required property '"+"params"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data10.keep === undefined){
const err18 = {instancePath:instancePath+"/exclusive/" + i1,schemaPath:"#/definitions/ExclusiveParams/required",keyword:"required",params:{missingProperty: "keep"},message:"must have required property '"+"keep"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key5 in data10){
if(!(((key5 === "params") || (key5 === "keep")) || (key5 === "reason"))){
const err19 = {instancePath:instancePath+"/exclusive/" + i1,schemaPath:"#/definitions/ExclusiveParams/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data10.params !== undefined){
let data11 = data10.params;
if(Array.isArray(data11)){
if(data11.length < 2){
const err20 = {instancePath:instancePath+"/exclusive/" + i1+"/params",schemaPath:"#/definitions/ExclusiveParams/properties/params/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err21 = {instancePath:instancePath+"/exclusive/" + i1+"/params/" + i2,schemaPath:"#/definitions/ExclusiveParams/properties/params/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/exclusive/" + i1+"/params/" + i2,schemaPath:"#/definitions/ExclusiveParams/properties/params/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i3 = data11.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data11[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err23 = {instancePath:instancePath+"/exclusive/" + i1+"/params",schemaPath:"#/definitions/ExclusiveParams/properties/params/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err24 = {instancePath:instancePath+"/exclusive/" + i1+"/params",schemaPath:"#/definitions/ExclusiveParams/properties/params/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.keep !== undefined){
let data13 = data10.keep;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err25 = {instancePath:instancePath+"/exclusive/" + i1+"/keep",schemaPath:"#/definitions/ExclusiveParams/properties/keep/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/exclusive/" + i1+"/keep",schemaPath:"#/definitions/ExclusiveParams/properties/keep/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data10.reason !== undefined){
if(typeof data10.reason !== "string"){
const err27 = {instancePath:instancePath+"/exclusive/" + i1+"/reason",schemaPath:"#/definitions/ExclusiveParams/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/exclusive/" + i1,schemaPath:"#/definitions/ExclusiveParams/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/exclusive",schemaPath:"#/properties/exclusive/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.features !== undefined){
let data15 = data.features;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key6 in data15){
if(!(((((key6 === "tools") || (key6 === "vision")) || (key6 === "jsonSchema")) || (key6 === "streaming")) || (key6 === "systemMessages"))){
const err30 = {instancePath:instancePath+"/features",schemaPath:"#/definitions/ModelFeatures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data15.tools !== undefined){
if(typeof data15.tools !== "boolean"){
const err31 = {instancePath:instancePath+"/features/tools",schemaPath:"#/definitions/ModelFeatures/properties/tools/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data15.vision !== undefined){
if(typeof data15.vision !== "boolean"){
const err32 = {instancePath:instancePath+"/features/vision",schemaPath:"#/definitions/ModelFeatures/properties/vision/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data15.jsonSchema !== undefined){
if(typeof data15.jsonSchema !== "boolean"){
const err33 = {instancePath:instancePath+"/features/jsonSchema",schemaPath:"#/definitions/ModelFeatures/properties/jsonSchema/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data15.streaming !== undefined){
if(typeof data15.streaming !== "boolean"){
const err34 = {instancePath:instancePath+"/features/streaming",schemaPath:"#/definitions/ModelFeatures/properties/streaming/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data15.systemMessages !== undefined){
if(typeof data15.systemMessages !== "boolean"){
const err35 = {instancePath:instancePath+"/features/systemMessages",schemaPath:"#/definitions/ModelFeatures/properties/systemMessages/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/features",schemaPath:"#/definitions/ModelFeatures/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.maxOutputTokens !== undefined){
let data21 = data.maxOutputTokens;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err37 = {instancePath:instancePath+"/maxOutputTokens",schemaPath:"#/properties/maxOutputTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 1 || isNaN(data21)){
const err38 = {instancePath:instancePath+"/maxOutputTokens",schemaPath:"#/properties/maxOutputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data.source !== undefined){
if(typeof data.source !== "string"){
const err39 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://aigw.dev/schemas/capability-table.v1.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.providers === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "providers"},message:"must have required property '"+"providers"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "$schema") || (key0 === "version")) || (key0 === "profiles")) || (key0 === "providers"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err5 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.profiles !== undefined){
let data2 = data.profiles;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(validate22(data2[key1], {instancePath:instancePath+"/profiles/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.providers !== undefined){
let data4 = data.providers;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
let data5 = data4[key2];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
if(!(validate22(data5[key3], {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key3,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

export const validateRequestRecord: Validator = validate25;
const schema24 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://aigw.dev/schemas/request-record.v1.json","title":"RequestRecord","description":"One finished request, as every observer (logger, metrics, tracing, spend) receives it and every sink stores it. Version 1. Metadata only: prompt and answer content appear only under `bodies`, when the gateway's `logging.bodies` asks for them, after redaction.","type":"object","additionalProperties":false,"required":["recordVersion","requestId","timestamp","method","path","config","stream","status","outcome","timings","attempts","retries","fallbacks","guardrails","requestBytes","client","tags"],"properties":{"recordVersion":{"description":"The record schema's version.","const":1},"requestId":{"description":"The gateway's id for the request (also the `x-request-id` answer header).","type":"string"},"traceId":{"description":"W3C trace id (32 hex digits): the caller's `traceparent`, or one the tracing plugin started.","type":"string"},"spanId":{"description":"The gateway's span for this request (16 hex digits), when traced.","type":"string"},"parentSpanId":{"description":"The caller's span, from its `traceparent`.","type":"string"},"timestamp":{"description":"When the gateway received the request (ISO 8601, UTC, milliseconds).","type":"string"},"keyId":{"description":"The virtual key's id (never the secret), when an auth plugin resolved one.","type":"string"},"team":{"type":"string","description":"The caller's team, when an auth plugin resolved one."},"user":{"type":"string","description":"The caller's user, when an auth plugin resolved one."},"endpoint":{"description":"The OpenAI endpoint the request ran as (after any ingress translated it).","enum":["chat.completions","completions","embeddings","images.generations","audio.speech","audio.transcriptions","moderations"]},"ingress":{"description":"The ingress that took the request in another API's format (its id), when one did.","type":"string"},"method":{"type":"string","description":"The HTTP method the client used."},"path":{"description":"The URL path the client called.","type":"string"},"config":{"description":"The named config that ran (`default` for the main pipeline).","type":"string"},"stream":{"description":"Whether the client asked for a streamed answer.","type":"boolean"},"modelRequested":{"description":"The model the client asked for.","type":"string"},"provider":{"description":"The provider that answered (its label, e.g. `openai`, `groq`, `anthropic`).","type":"string"},"modelServed":{"description":"The model that answered, as the provider was asked for it.","type":"string"},"servedBy":{"description":"The provider node that answered.","type":"string"},"status":{"description":"The HTTP status the client got.","type":"integer"},"outcome":{"description":"ok; ended_early (a node answered before any provider: cache hit, deny); error; stream_error (the stream failed after it began); client_closed.","enum":["ok","ended_early","error","stream_error","client_closed"]},"endedBy":{"description":"The node that ended the request before a provider ran.","type":"string"},"error":{"$ref":"#/definitions/RecordError"},"timings":{"$ref":"#/definitions/Timings"},"attempts":{"description":"Every upstream call, in the order made (retries and fallbacks included).","type":"array","items":{"$ref":"#/definitions/Attempt"}},"retries":{"description":"Attempts that repeated the target before them.","type":"integer","minimum":0},"fallbacks":{"description":"Attempts that moved to another target than the one before them.","type":"integer","minimum":0},"adaptations":{"description":"Changes provider nodes made so their model accepts the request (the `x-aigw-adapted` answer header), in the order made; absent when none.","type":"array","items":{"$ref":"#/definitions/RequestAdaptation"}},"tokens":{"$ref":"#/definitions/Tokens","description":"Tokens the answer used, as the provider reported them."},"cost":{"$ref":"#/definitions/Cost"},"cache":{"$ref":"#/definitions/Cache","description":"What a cache node did with the request."},"guardrails":{"type":"array","items":{"$ref":"#/definitions/Verdict"},"description":"Every guardrail verdict, in a fixed order (the node that ended the request and those before it)."},"requestBytes":{"description":"Size of the request body as received.","type":"integer","minimum":0},"responseBytes":{"description":"Size of the answer body as sent (a stream's bytes as written; absent when unknown).","type":"integer","minimum":0},"client":{"$ref":"#/definitions/Client","description":"Who called, as far as the request says."},"tags":{"description":"Small named facts plugins added (no content).","type":"object","additionalProperties":{"$ref":"#/definitions/Json"}},"bodies":{"$ref":"#/definitions/Bodies"}},"definitions":{"Json":{"description":"Any JSON value."},"RecordError":{"description":"Why the request failed (the error the client got).","type":"object","additionalProperties":false,"required":["code","message"],"properties":{"code":{"type":"string","description":"The gateway error code (e.g. `upstream_timeout`, `content_denied`)."},"message":{"type":"string","description":"The message the client got."},"node":{"type":"string","description":"The node where the error arose."},"plugin":{"type":"string","description":"That node's plugin."},"hook":{"type":"string","description":"The hook that failed (`request`, `call`, `response`...)."}}},"Timings":{"type":"object","additionalProperties":false,"required":["totalMs","overheadMs","upstreamMs","nodes"],"properties":{"totalMs":{"description":"From arrival to the last byte of the answer (or the failure).","type":"number","minimum":0},"overheadMs":{"description":"The gateway's own time: the total less the time spent waiting on upstreams (for a stream: the time to first byte less the upstreams' time until their answers began).","type":"number","minimum":0},"upstreamMs":{"description":"Time spent in upstream calls until their answers began (headers, or the whole body for JSON).","type":"number","minimum":0},"ttfbMs":{"description":"Until the first byte of the answer was handed to the client.","type":"number","minimum":0},"ttftMs":{"description":"Streams: until the first chunk carrying generated content was handed to the client.","type":"number","minimum":0},"nodes":{"description":"Each hook of each node that ran: when it started (ms after arrival), how long it took and how it ended.","type":"array","items":{"$ref":"#/definitions/NodeTiming"}}},"description":"How long the request took, and where the time went."},"NodeTiming":{"type":"object","additionalProperties":false,"required":["node","hook","startMs","durationMs","outcome"],"properties":{"node":{"type":"string","description":"The node's id."},"hook":{"type":"string","description":"The hook that ran."},"startMs":{"type":"number","description":"When it began, ms after arrival."},"durationMs":{"type":"number","minimum":0,"description":"How long it took."},"outcome":{"enum":["ok","ended","error","failed_open","timeout","skipped","aborted"],"description":"How it ended."}}},"Attempt":{"type":"object","additionalProperties":false,"required":["target","status","startMs","durationMs"],"properties":{"target":{"description":"The provider node called.","type":"string"},"provider":{"type":"string","description":"The provider label that answered (or failed)."},"model":{"type":"string","description":"The model it was asked for."},"status":{"description":"Upstream HTTP status, or 0 when no answer came (timeout, refused).","type":"integer"},"startMs":{"description":"When the attempt began, ms after arrival.","type":"number"},"durationMs":{"description":"Until the answer began (headers; the whole body for JSON).","type":"number","minimum":0},"error":{"description":"The gateway error code of a failed attempt.","type":"string"}}},"RequestAdaptation":{"type":"object","additionalProperties":false,"required":["node","provider","model","param","action","detail"],"properties":{"node":{"description":"The provider node that adapted the request.","type":"string"},"provider":{"description":"Its provider label.","type":"string"},"model":{"description":"The upstream model the request was fitted to.","type":"string"},"param":{"description":"The body parameter changed.","type":"string"},"action":{"description":"dropped (the model refuses it, or takes only one of a group), renamed (the model takes it under another name), clamped (above the model's maximum output tokens).","enum":["dropped","renamed","clamped"]},"detail":{"description":"Why it was dropped, its new name, or `from <asked> to <maximum>`.","type":"string"}}},"Tokens":{"type":"object","additionalProperties":false,"required":["prompt","completion","total"],"properties":{"prompt":{"type":"integer","minimum":0,"description":"Prompt tokens, cached and cache writes included."},"completion":{"type":"integer","minimum":0,"description":"Completion tokens, reasoning included."},"total":{"type":"integer","minimum":0,"description":"Prompt and completion together."},"cached":{"description":"Prompt tokens read from the provider's prompt cache.","type":"integer","minimum":0},"cacheWrite":{"description":"Prompt tokens written to the provider's prompt cache.","type":"integer","minimum":0},"reasoning":{"description":"Completion tokens spent on hidden reasoning.","type":"integer","minimum":0}}},"Cost":{"description":"What the request cost at the price table's rates (zero for a cache hit: see `cache.savedUsd`).","type":"object","additionalProperties":false,"required":["totalUsd","inputUsd","outputUsd","priceVersion"],"properties":{"totalUsd":{"type":"number","minimum":0,"description":"The whole cost."},"inputUsd":{"description":"Uncached prompt tokens.","type":"number","minimum":0},"cachedInputUsd":{"type":"number","minimum":0,"description":"Prompt tokens read from the provider's cache."},"cacheWriteUsd":{"type":"number","minimum":0,"description":"Prompt tokens written to the provider's cache."},"outputUsd":{"description":"Completion tokens other than reasoning.","type":"number","minimum":0},"reasoningUsd":{"type":"number","minimum":0,"description":"Reasoning tokens, when priced apart."},"requestUsd":{"description":"Per-request, per-image or per-second charges.","type":"number","minimum":0},"priceVersion":{"description":"The price table's version the cost was computed from.","type":"string"}}},"Cache":{"type":"object","additionalProperties":false,"required":["status"],"properties":{"status":{"enum":["hit","miss","refresh","bypass"],"description":"hit (answered from the cache), miss, refresh (asked to skip the lookup and store anew), bypass (not looked up)."},"kind":{"enum":["exact","semantic"],"description":"Which cache answered or looked."},"node":{"description":"The cache node.","type":"string"},"stored":{"description":"Whether the answer was stored for later requests.","type":"boolean"},"similarity":{"description":"Semantic hits: the similarity of the stored prompt.","type":"number"},"savedTokens":{"description":"Hits: the tokens the stored answer cost when it was made.","type":"integer","minimum":0},"savedUsd":{"description":"Hits: what the answer would have cost at today's prices.","type":"number","minimum":0}}},"Verdict":{"description":"One guardrail check's verdict on one side of the request, and what its node did.","type":"object","additionalProperties":false,"required":["node","check","verdict","action","phase","reason"],"properties":{"node":{"type":"string","description":"The node that ran the check."},"check":{"type":"string","description":"The check's name."},"verdict":{"enum":["pass","fail"],"description":"Whether the text passed."},"action":{"enum":["allow","deny","flag","mask","fallback"],"description":"What the node did about it."},"phase":{"enum":["input","output","stream"],"description":"The side checked: the request, a whole answer, or a stream as it passed."},"score":{"type":"number","description":"The check's score, when it has one."},"reason":{"type":"string","description":"Why, in a few words (never the text itself)."},"spans":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["part","start","end","label"],"properties":{"part":{"type":"integer","minimum":0,"description":"Index of the text part."},"start":{"type":"integer","minimum":0,"description":"Start offset."},"end":{"type":"integer","minimum":0,"description":"End offset."},"label":{"type":"string","description":"What was found there."}}},"description":"Where in the checked text parts, as offsets."}}},"Client":{"type":"object","additionalProperties":false,"required":["metadata"],"properties":{"ip":{"description":"The first address of `x-forwarded-for` (or `x-real-ip`), as a proxy in front reported it.","type":"string"},"userAgent":{"type":"string","description":"The client's `User-Agent`."},"metadata":{"description":"The caller's `x-aigw-metadata` header (a JSON object).","type":"object","additionalProperties":{"$ref":"#/definitions/Json"}}}},"Bodies":{"description":"The request and answer bodies, when `logging.bodies` asks for them, redacted by its rules.","type":"object","additionalProperties":false,"properties":{"request":{"$ref":"#/definitions/Json","description":"The request as the providers got it, redacted."},"response":{"$ref":"#/definitions/Json","description":"The answer as the client got it (a stream assembled), redacted."},"truncated":{"description":"True when a body was cut to `logging.bodies.maxBytes`.","type":"boolean"}}}}};
const schema25 = {"description":"Why the request failed (the error the client got).","type":"object","additionalProperties":false,"required":["code","message"],"properties":{"code":{"type":"string","description":"The gateway error code (e.g. `upstream_timeout`, `content_denied`)."},"message":{"type":"string","description":"The message the client got."},"node":{"type":"string","description":"The node where the error arose."},"plugin":{"type":"string","description":"That node's plugin."},"hook":{"type":"string","description":"The hook that failed (`request`, `call`, `response`...)."}}};
const schema28 = {"type":"object","additionalProperties":false,"required":["target","status","startMs","durationMs"],"properties":{"target":{"description":"The provider node called.","type":"string"},"provider":{"type":"string","description":"The provider label that answered (or failed)."},"model":{"type":"string","description":"The model it was asked for."},"status":{"description":"Upstream HTTP status, or 0 when no answer came (timeout, refused).","type":"integer"},"startMs":{"description":"When the attempt began, ms after arrival.","type":"number"},"durationMs":{"description":"Until the answer began (headers; the whole body for JSON).","type":"number","minimum":0},"error":{"description":"The gateway error code of a failed attempt.","type":"string"}}};
const schema29 = {"type":"object","additionalProperties":false,"required":["node","provider","model","param","action","detail"],"properties":{"node":{"description":"The provider node that adapted the request.","type":"string"},"provider":{"description":"Its provider label.","type":"string"},"model":{"description":"The upstream model the request was fitted to.","type":"string"},"param":{"description":"The body parameter changed.","type":"string"},"action":{"description":"dropped (the model refuses it, or takes only one of a group), renamed (the model takes it under another name), clamped (above the model's maximum output tokens).","enum":["dropped","renamed","clamped"]},"detail":{"description":"Why it was dropped, its new name, or `from <asked> to <maximum>`.","type":"string"}}};
const schema30 = {"type":"object","additionalProperties":false,"required":["prompt","completion","total"],"properties":{"prompt":{"type":"integer","minimum":0,"description":"Prompt tokens, cached and cache writes included."},"completion":{"type":"integer","minimum":0,"description":"Completion tokens, reasoning included."},"total":{"type":"integer","minimum":0,"description":"Prompt and completion together."},"cached":{"description":"Prompt tokens read from the provider's prompt cache.","type":"integer","minimum":0},"cacheWrite":{"description":"Prompt tokens written to the provider's prompt cache.","type":"integer","minimum":0},"reasoning":{"description":"Completion tokens spent on hidden reasoning.","type":"integer","minimum":0}}};
const schema31 = {"description":"What the request cost at the price table's rates (zero for a cache hit: see `cache.savedUsd`).","type":"object","additionalProperties":false,"required":["totalUsd","inputUsd","outputUsd","priceVersion"],"properties":{"totalUsd":{"type":"number","minimum":0,"description":"The whole cost."},"inputUsd":{"description":"Uncached prompt tokens.","type":"number","minimum":0},"cachedInputUsd":{"type":"number","minimum":0,"description":"Prompt tokens read from the provider's cache."},"cacheWriteUsd":{"type":"number","minimum":0,"description":"Prompt tokens written to the provider's cache."},"outputUsd":{"description":"Completion tokens other than reasoning.","type":"number","minimum":0},"reasoningUsd":{"type":"number","minimum":0,"description":"Reasoning tokens, when priced apart."},"requestUsd":{"description":"Per-request, per-image or per-second charges.","type":"number","minimum":0},"priceVersion":{"description":"The price table's version the cost was computed from.","type":"string"}}};
const schema32 = {"type":"object","additionalProperties":false,"required":["status"],"properties":{"status":{"enum":["hit","miss","refresh","bypass"],"description":"hit (answered from the cache), miss, refresh (asked to skip the lookup and store anew), bypass (not looked up)."},"kind":{"enum":["exact","semantic"],"description":"Which cache answered or looked."},"node":{"description":"The cache node.","type":"string"},"stored":{"description":"Whether the answer was stored for later requests.","type":"boolean"},"similarity":{"description":"Semantic hits: the similarity of the stored prompt.","type":"number"},"savedTokens":{"description":"Hits: the tokens the stored answer cost when it was made.","type":"integer","minimum":0},"savedUsd":{"description":"Hits: what the answer would have cost at today's prices.","type":"number","minimum":0}}};
const schema33 = {"description":"One guardrail check's verdict on one side of the request, and what its node did.","type":"object","additionalProperties":false,"required":["node","check","verdict","action","phase","reason"],"properties":{"node":{"type":"string","description":"The node that ran the check."},"check":{"type":"string","description":"The check's name."},"verdict":{"enum":["pass","fail"],"description":"Whether the text passed."},"action":{"enum":["allow","deny","flag","mask","fallback"],"description":"What the node did about it."},"phase":{"enum":["input","output","stream"],"description":"The side checked: the request, a whole answer, or a stream as it passed."},"score":{"type":"number","description":"The check's score, when it has one."},"reason":{"type":"string","description":"Why, in a few words (never the text itself)."},"spans":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["part","start","end","label"],"properties":{"part":{"type":"integer","minimum":0,"description":"Index of the text part."},"start":{"type":"integer","minimum":0,"description":"Start offset."},"end":{"type":"integer","minimum":0,"description":"End offset."},"label":{"type":"string","description":"What was found there."}}},"description":"Where in the checked text parts, as offsets."}}};
const schema35 = {"description":"Any JSON value."};
const schema26 = {"type":"object","additionalProperties":false,"required":["totalMs","overheadMs","upstreamMs","nodes"],"properties":{"totalMs":{"description":"From arrival to the last byte of the answer (or the failure).","type":"number","minimum":0},"overheadMs":{"description":"The gateway's own time: the total less the time spent waiting on upstreams (for a stream: the time to first byte less the upstreams' time until their answers began).","type":"number","minimum":0},"upstreamMs":{"description":"Time spent in upstream calls until their answers began (headers, or the whole body for JSON).","type":"number","minimum":0},"ttfbMs":{"description":"Until the first byte of the answer was handed to the client.","type":"number","minimum":0},"ttftMs":{"description":"Streams: until the first chunk carrying generated content was handed to the client.","type":"number","minimum":0},"nodes":{"description":"Each hook of each node that ran: when it started (ms after arrival), how long it took and how it ended.","type":"array","items":{"$ref":"#/definitions/NodeTiming"}}},"description":"How long the request took, and where the time went."};
const schema27 = {"type":"object","additionalProperties":false,"required":["node","hook","startMs","durationMs","outcome"],"properties":{"node":{"type":"string","description":"The node's id."},"hook":{"type":"string","description":"The hook that ran."},"startMs":{"type":"number","description":"When it began, ms after arrival."},"durationMs":{"type":"number","minimum":0,"description":"How long it took."},"outcome":{"enum":["ok","ended","error","failed_open","timeout","skipped","aborted"],"description":"How it ended."}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.totalMs === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "totalMs"},message:"must have required property '"+"totalMs"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.overheadMs === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "overheadMs"},message:"must have required property '"+"overheadMs"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.upstreamMs === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "upstreamMs"},message:"must have required property '"+"upstreamMs"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.nodes === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nodes"},message:"must have required property '"+"nodes"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "totalMs") || (key0 === "overheadMs")) || (key0 === "upstreamMs")) || (key0 === "ttfbMs")) || (key0 === "ttftMs")) || (key0 === "nodes"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.totalMs !== undefined){
let data0 = data.totalMs;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/totalMs",schemaPath:"#/properties/totalMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/totalMs",schemaPath:"#/properties/totalMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.overheadMs !== undefined){
let data1 = data.overheadMs;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/overheadMs",schemaPath:"#/properties/overheadMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/overheadMs",schemaPath:"#/properties/overheadMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.upstreamMs !== undefined){
let data2 = data.upstreamMs;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/upstreamMs",schemaPath:"#/properties/upstreamMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/upstreamMs",schemaPath:"#/properties/upstreamMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ttfbMs !== undefined){
let data3 = data.ttfbMs;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/ttfbMs",schemaPath:"#/properties/ttfbMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/ttfbMs",schemaPath:"#/properties/ttfbMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.ttftMs !== undefined){
let data4 = data.ttftMs;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/ttftMs",schemaPath:"#/properties/ttftMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/ttftMs",schemaPath:"#/properties/ttftMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.nodes !== undefined){
let data5 = data.nodes;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.node === undefined){
const err15 = {instancePath:instancePath+"/nodes/" + i0,schemaPath:"#/definitions/NodeTiming/required",keyword:"required",params:{missingProperty: "node"},message:"must have required property '"+"node"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.hook === undefined){
const err16 = {instancePath:instancePath+"/nodes/" + i0,schemaPath:"#/definitions/NodeTiming/required",keyword:"required",params:{missingProperty: "hook"},message:"must have required property '"+"hook"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6.startMs === undefined){
const err17 = {instancePath:instancePath+"/nodes/" + i0,schemaPath:"#/definitions/NodeTiming/required",keyword:"required",params:{missingProperty: "startMs"},message:"must have required property '"+"startMs"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.durationMs === undefined){
const err18 = {instancePath:instancePath+"/nodes/" + i0,schemaPath:"#/definitions/NodeTiming/required",keyword:"required",params:{missingProperty: "durationMs"},message:"must have required property '"+"durationMs"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6.outcome === undefined){
const err19 = {instancePath:instancePath+"/nodes/" + i0,schemaPath:"#/definitions/NodeTiming/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data6){
if(!(((((key1 === "node") || (key1 === "hook")) || (key1 === "startMs")) || (key1 === "durationMs")) || (key1 === "outcome"))){
const err20 = {instancePath:instancePath+"/nodes/" + i0,schemaPath:"#/definitions/NodeTiming/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.node !== undefined){
if(typeof data6.node !== "string"){
const err21 = {instancePath:instancePath+"/nodes/" + i0+"/node",schemaPath:"#/definitions/NodeTiming/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.hook !== undefined){
if(typeof data6.hook !== "string"){
const err22 = {instancePath:instancePath+"/nodes/" + i0+"/hook",schemaPath:"#/definitions/NodeTiming/properties/hook/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.startMs !== undefined){
let data9 = data6.startMs;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err23 = {instancePath:instancePath+"/nodes/" + i0+"/startMs",schemaPath:"#/definitions/NodeTiming/properties/startMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.durationMs !== undefined){
let data10 = data6.durationMs;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err24 = {instancePath:instancePath+"/nodes/" + i0+"/durationMs",schemaPath:"#/definitions/NodeTiming/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/nodes/" + i0+"/durationMs",schemaPath:"#/definitions/NodeTiming/properties/durationMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.outcome !== undefined){
let data11 = data6.outcome;
if(!(((((((data11 === "ok") || (data11 === "ended")) || (data11 === "error")) || (data11 === "failed_open")) || (data11 === "timeout")) || (data11 === "skipped")) || (data11 === "aborted"))){
const err26 = {instancePath:instancePath+"/nodes/" + i0+"/outcome",schemaPath:"#/definitions/NodeTiming/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema27.properties.outcome.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/nodes/" + i0,schemaPath:"#/definitions/NodeTiming/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

const schema34 = {"type":"object","additionalProperties":false,"required":["metadata"],"properties":{"ip":{"description":"The first address of `x-forwarded-for` (or `x-real-ip`), as a proxy in front reported it.","type":"string"},"userAgent":{"type":"string","description":"The client's `User-Agent`."},"metadata":{"description":"The caller's `x-aigw-metadata` header (a JSON object).","type":"object","additionalProperties":{"$ref":"#/definitions/Json"}}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metadata === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "ip") || (key0 === "userAgent")) || (key0 === "metadata"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ip !== undefined){
if(typeof data.ip !== "string"){
const err2 = {instancePath:instancePath+"/ip",schemaPath:"#/properties/ip/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.userAgent !== undefined){
if(typeof data.userAgent !== "string"){
const err3 = {instancePath:instancePath+"/userAgent",schemaPath:"#/properties/userAgent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
const err4 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

const schema37 = {"description":"The request and answer bodies, when `logging.bodies` asks for them, redacted by its rules.","type":"object","additionalProperties":false,"properties":{"request":{"$ref":"#/definitions/Json","description":"The request as the providers got it, redacted."},"response":{"$ref":"#/definitions/Json","description":"The answer as the client got it (a stream assembled), redacted."},"truncated":{"description":"True when a body was cut to `logging.bodies.maxBytes`.","type":"boolean"}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "request") || (key0 === "response")) || (key0 === "truncated"))){
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
if(data.truncated !== undefined){
if(typeof data.truncated !== "boolean"){
const err1 = {instancePath:instancePath+"/truncated",schemaPath:"#/properties/truncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://aigw.dev/schemas/request-record.v1.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recordVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recordVersion"},message:"must have required property '"+"recordVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.requestId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requestId"},message:"must have required property '"+"requestId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timestamp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.method === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.path === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.config === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.stream === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stream"},message:"must have required property '"+"stream"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.status === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.outcome === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.timings === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timings"},message:"must have required property '"+"timings"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.attempts === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attempts"},message:"must have required property '"+"attempts"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.retries === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retries"},message:"must have required property '"+"retries"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.fallbacks === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fallbacks"},message:"must have required property '"+"fallbacks"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.guardrails === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "guardrails"},message:"must have required property '"+"guardrails"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.requestBytes === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requestBytes"},message:"must have required property '"+"requestBytes"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.client === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client"},message:"must have required property '"+"client"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.tags === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema24.properties, key0))){
const err17 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.recordVersion !== undefined){
if(1 !== data.recordVersion){
const err18 = {instancePath:instancePath+"/recordVersion",schemaPath:"#/properties/recordVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.requestId !== undefined){
if(typeof data.requestId !== "string"){
const err19 = {instancePath:instancePath+"/requestId",schemaPath:"#/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err20 = {instancePath:instancePath+"/traceId",schemaPath:"#/properties/traceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.spanId !== undefined){
if(typeof data.spanId !== "string"){
const err21 = {instancePath:instancePath+"/spanId",schemaPath:"#/properties/spanId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.parentSpanId !== undefined){
if(typeof data.parentSpanId !== "string"){
const err22 = {instancePath:instancePath+"/parentSpanId",schemaPath:"#/properties/parentSpanId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.timestamp !== undefined){
if(typeof data.timestamp !== "string"){
const err23 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.keyId !== undefined){
if(typeof data.keyId !== "string"){
const err24 = {instancePath:instancePath+"/keyId",schemaPath:"#/properties/keyId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.team !== undefined){
if(typeof data.team !== "string"){
const err25 = {instancePath:instancePath+"/team",schemaPath:"#/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.user !== undefined){
if(typeof data.user !== "string"){
const err26 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.endpoint !== undefined){
let data9 = data.endpoint;
if(!(((((((data9 === "chat.completions") || (data9 === "completions")) || (data9 === "embeddings")) || (data9 === "images.generations")) || (data9 === "audio.speech")) || (data9 === "audio.transcriptions")) || (data9 === "moderations"))){
const err27 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/enum",keyword:"enum",params:{allowedValues: schema24.properties.endpoint.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.ingress !== undefined){
if(typeof data.ingress !== "string"){
const err28 = {instancePath:instancePath+"/ingress",schemaPath:"#/properties/ingress/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.method !== undefined){
if(typeof data.method !== "string"){
const err29 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err30 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.config !== undefined){
if(typeof data.config !== "string"){
const err31 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.stream !== undefined){
if(typeof data.stream !== "boolean"){
const err32 = {instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.modelRequested !== undefined){
if(typeof data.modelRequested !== "string"){
const err33 = {instancePath:instancePath+"/modelRequested",schemaPath:"#/properties/modelRequested/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.provider !== undefined){
if(typeof data.provider !== "string"){
const err34 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.modelServed !== undefined){
if(typeof data.modelServed !== "string"){
const err35 = {instancePath:instancePath+"/modelServed",schemaPath:"#/properties/modelServed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.servedBy !== undefined){
if(typeof data.servedBy !== "string"){
const err36 = {instancePath:instancePath+"/servedBy",schemaPath:"#/properties/servedBy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.status !== undefined){
let data19 = data.status;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err37 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.outcome !== undefined){
let data20 = data.outcome;
if(!(((((data20 === "ok") || (data20 === "ended_early")) || (data20 === "error")) || (data20 === "stream_error")) || (data20 === "client_closed"))){
const err38 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema24.properties.outcome.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.endedBy !== undefined){
if(typeof data.endedBy !== "string"){
const err39 = {instancePath:instancePath+"/endedBy",schemaPath:"#/properties/endedBy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.error !== undefined){
let data22 = data.error;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.code === undefined){
const err40 = {instancePath:instancePath+"/error",schemaPath:"#/definitions/RecordError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data22.message === undefined){
const err41 = {instancePath:instancePath+"/error",schemaPath:"#/definitions/RecordError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key1 in data22){
if(!(((((key1 === "code") || (key1 === "message")) || (key1 === "node")) || (key1 === "plugin")) || (key1 === "hook"))){
const err42 = {instancePath:instancePath+"/error",schemaPath:"#/definitions/RecordError/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data22.code !== undefined){
if(typeof data22.code !== "string"){
const err43 = {instancePath:instancePath+"/error/code",schemaPath:"#/definitions/RecordError/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data22.message !== undefined){
if(typeof data22.message !== "string"){
const err44 = {instancePath:instancePath+"/error/message",schemaPath:"#/definitions/RecordError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data22.node !== undefined){
if(typeof data22.node !== "string"){
const err45 = {instancePath:instancePath+"/error/node",schemaPath:"#/definitions/RecordError/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data22.plugin !== undefined){
if(typeof data22.plugin !== "string"){
const err46 = {instancePath:instancePath+"/error/plugin",schemaPath:"#/definitions/RecordError/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data22.hook !== undefined){
if(typeof data22.hook !== "string"){
const err47 = {instancePath:instancePath+"/error/hook",schemaPath:"#/definitions/RecordError/properties/hook/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/error",schemaPath:"#/definitions/RecordError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.timings !== undefined){
if(!(validate26(data.timings, {instancePath:instancePath+"/timings",parentData:data,parentDataProperty:"timings",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.attempts !== undefined){
let data29 = data.attempts;
if(Array.isArray(data29)){
const len0 = data29.length;
for(let i0=0; i0<len0; i0++){
let data30 = data29[i0];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.target === undefined){
const err49 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"#/definitions/Attempt/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data30.status === undefined){
const err50 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"#/definitions/Attempt/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data30.startMs === undefined){
const err51 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"#/definitions/Attempt/required",keyword:"required",params:{missingProperty: "startMs"},message:"must have required property '"+"startMs"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data30.durationMs === undefined){
const err52 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"#/definitions/Attempt/required",keyword:"required",params:{missingProperty: "durationMs"},message:"must have required property '"+"durationMs"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key2 in data30){
if(!(((((((key2 === "target") || (key2 === "provider")) || (key2 === "model")) || (key2 === "status")) || (key2 === "startMs")) || (key2 === "durationMs")) || (key2 === "error"))){
const err53 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"#/definitions/Attempt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data30.target !== undefined){
if(typeof data30.target !== "string"){
const err54 = {instancePath:instancePath+"/attempts/" + i0+"/target",schemaPath:"#/definitions/Attempt/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data30.provider !== undefined){
if(typeof data30.provider !== "string"){
const err55 = {instancePath:instancePath+"/attempts/" + i0+"/provider",schemaPath:"#/definitions/Attempt/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data30.model !== undefined){
if(typeof data30.model !== "string"){
const err56 = {instancePath:instancePath+"/attempts/" + i0+"/model",schemaPath:"#/definitions/Attempt/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data30.status !== undefined){
let data34 = data30.status;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err57 = {instancePath:instancePath+"/attempts/" + i0+"/status",schemaPath:"#/definitions/Attempt/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data30.startMs !== undefined){
let data35 = data30.startMs;
if(!((typeof data35 == "number") && (isFinite(data35)))){
const err58 = {instancePath:instancePath+"/attempts/" + i0+"/startMs",schemaPath:"#/definitions/Attempt/properties/startMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data30.durationMs !== undefined){
let data36 = data30.durationMs;
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 0 || isNaN(data36)){
const err59 = {instancePath:instancePath+"/attempts/" + i0+"/durationMs",schemaPath:"#/definitions/Attempt/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err60 = {instancePath:instancePath+"/attempts/" + i0+"/durationMs",schemaPath:"#/definitions/Attempt/properties/durationMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data30.error !== undefined){
if(typeof data30.error !== "string"){
const err61 = {instancePath:instancePath+"/attempts/" + i0+"/error",schemaPath:"#/definitions/Attempt/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err62 = {instancePath:instancePath+"/attempts/" + i0,schemaPath:"#/definitions/Attempt/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.retries !== undefined){
let data38 = data.retries;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err64 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 0 || isNaN(data38)){
const err65 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data.fallbacks !== undefined){
let data39 = data.fallbacks;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err66 = {instancePath:instancePath+"/fallbacks",schemaPath:"#/properties/fallbacks/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 0 || isNaN(data39)){
const err67 = {instancePath:instancePath+"/fallbacks",schemaPath:"#/properties/fallbacks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.adaptations !== undefined){
let data40 = data.adaptations;
if(Array.isArray(data40)){
const len1 = data40.length;
for(let i1=0; i1<len1; i1++){
let data41 = data40[i1];
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.node === undefined){
const err68 = {instancePath:instancePath+"/adaptations/" + i1,schemaPath:"#/definitions/RequestAdaptation/required",keyword:"required",params:{missingProperty: "node"},message:"must have required property '"+"node"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data41.provider === undefined){
const err69 = {instancePath:instancePath+"/adaptations/" + i1,schemaPath:"#/definitions/RequestAdaptation/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data41.model === undefined){
const err70 = {instancePath:instancePath+"/adaptations/" + i1,schemaPath:"#/definitions/RequestAdaptation/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data41.param === undefined){
const err71 = {instancePath:instancePath+"/adaptations/" + i1,schemaPath:"#/definitions/RequestAdaptation/required",keyword:"required",params:{missingProperty: "param"},message:"must have required property '"+"param"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data41.action === undefined){
const err72 = {instancePath:instancePath+"/adaptations/" + i1,schemaPath:"#/definitions/RequestAdaptation/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data41.detail === undefined){
const err73 = {instancePath:instancePath+"/adaptations/" + i1,schemaPath:"#/definitions/RequestAdaptation/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key3 in data41){
if(!((((((key3 === "node") || (key3 === "provider")) || (key3 === "model")) || (key3 === "param")) || (key3 === "action")) || (key3 === "detail"))){
const err74 = {instancePath:instancePath+"/adaptations/" + i1,schemaPath:"#/definitions/RequestAdaptation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data41.node !== undefined){
if(typeof data41.node !== "string"){
const err75 = {instancePath:instancePath+"/adaptations/" + i1+"/node",schemaPath:"#/definitions/RequestAdaptation/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data41.provider !== undefined){
if(typeof data41.provider !== "string"){
const err76 = {instancePath:instancePath+"/adaptations/" + i1+"/provider",schemaPath:"#/definitions/RequestAdaptation/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data41.model !== undefined){
if(typeof data41.model !== "string"){
const err77 = {instancePath:instancePath+"/adaptations/" + i1+"/model",schemaPath:"#/definitions/RequestAdaptation/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data41.param !== undefined){
if(typeof data41.param !== "string"){
const err78 = {instancePath:instancePath+"/adaptations/" + i1+"/param",schemaPath:"#/definitions/RequestAdaptation/properties/param/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data41.action !== undefined){
let data46 = data41.action;
if(!(((data46 === "dropped") || (data46 === "renamed")) || (data46 === "clamped"))){
const err79 = {instancePath:instancePath+"/adaptations/" + i1+"/action",schemaPath:"#/definitions/RequestAdaptation/properties/action/enum",keyword:"enum",params:{allowedValues: schema29.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data41.detail !== undefined){
if(typeof data41.detail !== "string"){
const err80 = {instancePath:instancePath+"/adaptations/" + i1+"/detail",schemaPath:"#/definitions/RequestAdaptation/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/adaptations/" + i1,schemaPath:"#/definitions/RequestAdaptation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/adaptations",schemaPath:"#/properties/adaptations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.tokens !== undefined){
let data48 = data.tokens;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.prompt === undefined){
const err83 = {instancePath:instancePath+"/tokens",schemaPath:"#/definitions/Tokens/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data48.completion === undefined){
const err84 = {instancePath:instancePath+"/tokens",schemaPath:"#/definitions/Tokens/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data48.total === undefined){
const err85 = {instancePath:instancePath+"/tokens",schemaPath:"#/definitions/Tokens/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
for(const key4 in data48){
if(!((((((key4 === "prompt") || (key4 === "completion")) || (key4 === "total")) || (key4 === "cached")) || (key4 === "cacheWrite")) || (key4 === "reasoning"))){
const err86 = {instancePath:instancePath+"/tokens",schemaPath:"#/definitions/Tokens/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data48.prompt !== undefined){
let data49 = data48.prompt;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err87 = {instancePath:instancePath+"/tokens/prompt",schemaPath:"#/definitions/Tokens/properties/prompt/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 < 0 || isNaN(data49)){
const err88 = {instancePath:instancePath+"/tokens/prompt",schemaPath:"#/definitions/Tokens/properties/prompt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
if(data48.completion !== undefined){
let data50 = data48.completion;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err89 = {instancePath:instancePath+"/tokens/completion",schemaPath:"#/definitions/Tokens/properties/completion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 < 0 || isNaN(data50)){
const err90 = {instancePath:instancePath+"/tokens/completion",schemaPath:"#/definitions/Tokens/properties/completion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
if(data48.total !== undefined){
let data51 = data48.total;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err91 = {instancePath:instancePath+"/tokens/total",schemaPath:"#/definitions/Tokens/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 0 || isNaN(data51)){
const err92 = {instancePath:instancePath+"/tokens/total",schemaPath:"#/definitions/Tokens/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
if(data48.cached !== undefined){
let data52 = data48.cached;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err93 = {instancePath:instancePath+"/tokens/cached",schemaPath:"#/definitions/Tokens/properties/cached/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 < 0 || isNaN(data52)){
const err94 = {instancePath:instancePath+"/tokens/cached",schemaPath:"#/definitions/Tokens/properties/cached/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
if(data48.cacheWrite !== undefined){
let data53 = data48.cacheWrite;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err95 = {instancePath:instancePath+"/tokens/cacheWrite",schemaPath:"#/definitions/Tokens/properties/cacheWrite/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 0 || isNaN(data53)){
const err96 = {instancePath:instancePath+"/tokens/cacheWrite",schemaPath:"#/definitions/Tokens/properties/cacheWrite/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
if(data48.reasoning !== undefined){
let data54 = data48.reasoning;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err97 = {instancePath:instancePath+"/tokens/reasoning",schemaPath:"#/definitions/Tokens/properties/reasoning/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 0 || isNaN(data54)){
const err98 = {instancePath:instancePath+"/tokens/reasoning",schemaPath:"#/definitions/Tokens/properties/reasoning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
}
else {
const err99 = {instancePath:instancePath+"/tokens",schemaPath:"#/definitions/Tokens/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.cost !== undefined){
let data55 = data.cost;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.totalUsd === undefined){
const err100 = {instancePath:instancePath+"/cost",schemaPath:"#/definitions/Cost/required",keyword:"required",params:{missingProperty: "totalUsd"},message:"must have required property '"+"totalUsd"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data55.inputUsd === undefined){
const err101 = {instancePath:instancePath+"/cost",schemaPath:"#/definitions/Cost/required",keyword:"required",params:{missingProperty: "inputUsd"},message:"must have required property '"+"inputUsd"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data55.outputUsd === undefined){
const err102 = {instancePath:instancePath+"/cost",schemaPath:"#/definitions/Cost/required",keyword:"required",params:{missingProperty: "outputUsd"},message:"must have required property '"+"outputUsd"+"'"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data55.priceVersion === undefined){
const err103 = {instancePath:instancePath+"/cost",schemaPath:"#/definitions/Cost/required",keyword:"required",params:{missingProperty: "priceVersion"},message:"must have required property '"+"priceVersion"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
for(const key5 in data55){
if(!((((((((key5 === "totalUsd") || (key5 === "inputUsd")) || (key5 === "cachedInputUsd")) || (key5 === "cacheWriteUsd")) || (key5 === "outputUsd")) || (key5 === "reasoningUsd")) || (key5 === "requestUsd")) || (key5 === "priceVersion"))){
const err104 = {instancePath:instancePath+"/cost",schemaPath:"#/definitions/Cost/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data55.totalUsd !== undefined){
let data56 = data55.totalUsd;
if((typeof data56 == "number") && (isFinite(data56))){
if(data56 < 0 || isNaN(data56)){
const err105 = {instancePath:instancePath+"/cost/totalUsd",schemaPath:"#/definitions/Cost/properties/totalUsd/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/cost/totalUsd",schemaPath:"#/definitions/Cost/properties/totalUsd/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data55.inputUsd !== undefined){
let data57 = data55.inputUsd;
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 < 0 || isNaN(data57)){
const err107 = {instancePath:instancePath+"/cost/inputUsd",schemaPath:"#/definitions/Cost/properties/inputUsd/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/cost/inputUsd",schemaPath:"#/definitions/Cost/properties/inputUsd/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data55.cachedInputUsd !== undefined){
let data58 = data55.cachedInputUsd;
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 < 0 || isNaN(data58)){
const err109 = {instancePath:instancePath+"/cost/cachedInputUsd",schemaPath:"#/definitions/Cost/properties/cachedInputUsd/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/cost/cachedInputUsd",schemaPath:"#/definitions/Cost/properties/cachedInputUsd/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data55.cacheWriteUsd !== undefined){
let data59 = data55.cacheWriteUsd;
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 < 0 || isNaN(data59)){
const err111 = {instancePath:instancePath+"/cost/cacheWriteUsd",schemaPath:"#/definitions/Cost/properties/cacheWriteUsd/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/cost/cacheWriteUsd",schemaPath:"#/definitions/Cost/properties/cacheWriteUsd/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data55.outputUsd !== undefined){
let data60 = data55.outputUsd;
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 < 0 || isNaN(data60)){
const err113 = {instancePath:instancePath+"/cost/outputUsd",schemaPath:"#/definitions/Cost/properties/outputUsd/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/cost/outputUsd",schemaPath:"#/definitions/Cost/properties/outputUsd/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data55.reasoningUsd !== undefined){
let data61 = data55.reasoningUsd;
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 < 0 || isNaN(data61)){
const err115 = {instancePath:instancePath+"/cost/reasoningUsd",schemaPath:"#/definitions/Cost/properties/reasoningUsd/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/cost/reasoningUsd",schemaPath:"#/definitions/Cost/properties/reasoningUsd/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data55.requestUsd !== undefined){
let data62 = data55.requestUsd;
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 < 0 || isNaN(data62)){
const err117 = {instancePath:instancePath+"/cost/requestUsd",schemaPath:"#/definitions/Cost/properties/requestUsd/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/cost/requestUsd",schemaPath:"#/definitions/Cost/properties/requestUsd/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data55.priceVersion !== undefined){
if(typeof data55.priceVersion !== "string"){
const err119 = {instancePath:instancePath+"/cost/priceVersion",schemaPath:"#/definitions/Cost/properties/priceVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/cost",schemaPath:"#/definitions/Cost/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data.cache !== undefined){
let data64 = data.cache;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.status === undefined){
const err121 = {instancePath:instancePath+"/cache",schemaPath:"#/definitions/Cache/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
for(const key6 in data64){
if(!(((((((key6 === "status") || (key6 === "kind")) || (key6 === "node")) || (key6 === "stored")) || (key6 === "similarity")) || (key6 === "savedTokens")) || (key6 === "savedUsd"))){
const err122 = {instancePath:instancePath+"/cache",schemaPath:"#/definitions/Cache/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data64.status !== undefined){
let data65 = data64.status;
if(!((((data65 === "hit") || (data65 === "miss")) || (data65 === "refresh")) || (data65 === "bypass"))){
const err123 = {instancePath:instancePath+"/cache/status",schemaPath:"#/definitions/Cache/properties/status/enum",keyword:"enum",params:{allowedValues: schema32.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data64.kind !== undefined){
let data66 = data64.kind;
if(!((data66 === "exact") || (data66 === "semantic"))){
const err124 = {instancePath:instancePath+"/cache/kind",schemaPath:"#/definitions/Cache/properties/kind/enum",keyword:"enum",params:{allowedValues: schema32.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data64.node !== undefined){
if(typeof data64.node !== "string"){
const err125 = {instancePath:instancePath+"/cache/node",schemaPath:"#/definitions/Cache/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data64.stored !== undefined){
if(typeof data64.stored !== "boolean"){
const err126 = {instancePath:instancePath+"/cache/stored",schemaPath:"#/definitions/Cache/properties/stored/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data64.similarity !== undefined){
let data69 = data64.similarity;
if(!((typeof data69 == "number") && (isFinite(data69)))){
const err127 = {instancePath:instancePath+"/cache/similarity",schemaPath:"#/definitions/Cache/properties/similarity/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data64.savedTokens !== undefined){
let data70 = data64.savedTokens;
if(!(((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70))) && (isFinite(data70)))){
const err128 = {instancePath:instancePath+"/cache/savedTokens",schemaPath:"#/definitions/Cache/properties/savedTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 < 0 || isNaN(data70)){
const err129 = {instancePath:instancePath+"/cache/savedTokens",schemaPath:"#/definitions/Cache/properties/savedTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
if(data64.savedUsd !== undefined){
let data71 = data64.savedUsd;
if((typeof data71 == "number") && (isFinite(data71))){
if(data71 < 0 || isNaN(data71)){
const err130 = {instancePath:instancePath+"/cache/savedUsd",schemaPath:"#/definitions/Cache/properties/savedUsd/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/cache/savedUsd",schemaPath:"#/definitions/Cache/properties/savedUsd/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/cache",schemaPath:"#/definitions/Cache/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data.guardrails !== undefined){
let data72 = data.guardrails;
if(Array.isArray(data72)){
const len2 = data72.length;
for(let i2=0; i2<len2; i2++){
let data73 = data72[i2];
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
if(data73.node === undefined){
const err133 = {instancePath:instancePath+"/guardrails/" + i2,schemaPath:"#/definitions/Verdict/required",keyword:"required",params:{missingProperty: "node"},message:"must have required property '"+"node"+"'"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data73.check === undefined){
const err134 = {instancePath:instancePath+"/guardrails/" + i2,schemaPath:"#/definitions/Verdict/required",keyword:"required",params:{missingProperty: "check"},message:"must have required property '"+"check"+"'"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(data73.verdict === undefined){
const err135 = {instancePath:instancePath+"/guardrails/" + i2,schemaPath:"#/definitions/Verdict/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(data73.action === undefined){
const err136 = {instancePath:instancePath+"/guardrails/" + i2,schemaPath:"#/definitions/Verdict/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(data73.phase === undefined){
const err137 = {instancePath:instancePath+"/guardrails/" + i2,schemaPath:"#/definitions/Verdict/required",keyword:"required",params:{missingProperty: "phase"},message:"must have required property '"+"phase"+"'"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(data73.reason === undefined){
const err138 = {instancePath:instancePath+"/guardrails/" + i2,schemaPath:"#/definitions/Verdict/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
for(const key7 in data73){
if(!((((((((key7 === "node") || (key7 === "check")) || (key7 === "verdict")) || (key7 === "action")) || (key7 === "phase")) || (key7 === "score")) || (key7 === "reason")) || (key7 === "spans"))){
const err139 = {instancePath:instancePath+"/guardrails/" + i2,schemaPath:"#/definitions/Verdict/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data73.node !== undefined){
if(typeof data73.node !== "string"){
const err140 = {instancePath:instancePath+"/guardrails/" + i2+"/node",schemaPath:"#/definitions/Verdict/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data73.check !== undefined){
if(typeof data73.check !== "string"){
const err141 = {instancePath:instancePath+"/guardrails/" + i2+"/check",schemaPath:"#/definitions/Verdict/properties/check/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data73.verdict !== undefined){
let data76 = data73.verdict;
if(!((data76 === "pass") || (data76 === "fail"))){
const err142 = {instancePath:instancePath+"/guardrails/" + i2+"/verdict",schemaPath:"#/definitions/Verdict/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema33.properties.verdict.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data73.action !== undefined){
let data77 = data73.action;
if(!(((((data77 === "allow") || (data77 === "deny")) || (data77 === "flag")) || (data77 === "mask")) || (data77 === "fallback"))){
const err143 = {instancePath:instancePath+"/guardrails/" + i2+"/action",schemaPath:"#/definitions/Verdict/properties/action/enum",keyword:"enum",params:{allowedValues: schema33.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data73.phase !== undefined){
let data78 = data73.phase;
if(!(((data78 === "input") || (data78 === "output")) || (data78 === "stream"))){
const err144 = {instancePath:instancePath+"/guardrails/" + i2+"/phase",schemaPath:"#/definitions/Verdict/properties/phase/enum",keyword:"enum",params:{allowedValues: schema33.properties.phase.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data73.score !== undefined){
let data79 = data73.score;
if(!((typeof data79 == "number") && (isFinite(data79)))){
const err145 = {instancePath:instancePath+"/guardrails/" + i2+"/score",schemaPath:"#/definitions/Verdict/properties/score/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data73.reason !== undefined){
if(typeof data73.reason !== "string"){
const err146 = {instancePath:instancePath+"/guardrails/" + i2+"/reason",schemaPath:"#/definitions/Verdict/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data73.spans !== undefined){
let data81 = data73.spans;
if(Array.isArray(data81)){
const len3 = data81.length;
for(let i3=0; i3<len3; i3++){
let data82 = data81[i3];
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
if(data82.part === undefined){
const err147 = {instancePath:instancePath+"/guardrails/" + i2+"/spans/" + i3,schemaPath:"#/definitions/Verdict/properties/spans/items/required",keyword:"required",params:{missingProperty: "part"},message:"must have required property '"+"part"+"'"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(data82.start === undefined){
const err148 = {instancePath:instancePath+"/guardrails/" + i2+"/spans/" + i3,schemaPath:"#/definitions/Verdict/properties/spans/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data82.end === undefined){
const err149 = {instancePath:instancePath+"/guardrails/" + i2+"/spans/" + i3,schemaPath:"#/definitions/Verdict/properties/spans/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(data82.label === undefined){
const err150 = {instancePath:instancePath+"/guardrails/" + i2+"/spans/" + i3,schemaPath:"#/definitions/Verdict/properties/spans/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
for(const key8 in data82){
if(!((((key8 === "part") || (key8 === "start")) || (key8 === "end")) || (key8 === "label"))){
const err151 = {instancePath:instancePath+"/guardrails/" + i2+"/spans/" + i3,schemaPath:"#/definitions/Verdict/properties/spans/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data82.part !== undefined){
let data83 = data82.part;
if(!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))){
const err152 = {instancePath:instancePath+"/guardrails/" + i2+"/spans/" + i3+"/part",schemaPath:"#/definitions/Verdict/properties/spans/items/properties/part/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 < 0 || isNaN(data83)){
const err153 = {instancePath:instancePath+"/guardrails/" + i2+"/spans/" + i3+"/part",schemaPath:"#/definitions/Verdict/properties/spans/items/properties/part/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
if(data82.start !== undefined){
let data84 = data82.start;
if(!(((typeof data84 == "number") && (!(data84 % 1) && !isNaN(data84))) && (isFinite(data84)))){
const err154 = {instancePath:instancePath+"/guardrails/" + i2+"/spans/" + i3+"/start",schemaPath:"#/definitions/Verdict/properties/spans/items/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if((typeof data84 == "number") && (isFinite(data84))){
if(data84 < 0 || isNaN(data84)){
const err155 = {instancePath:instancePath+"/guardrails/" + i2+"/spans/" + i3+"/start",schemaPath:"#/definitions/Verdict/properties/spans/items/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
if(data82.end !== undefined){
let data85 = data82.end;
if(!(((typeof data85 == "number") && (!(data85 % 1) && !isNaN(data85))) && (isFinite(data85)))){
const err156 = {instancePath:instancePath+"/guardrails/" + i2+"/spans/" + i3+"/end",schemaPath:"#/definitions/Verdict/properties/spans/items/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if((typeof data85 == "number") && (isFinite(data85))){
if(data85 < 0 || isNaN(data85)){
const err157 = {instancePath:instancePath+"/guardrails/" + i2+"/spans/" + i3+"/end",schemaPath:"#/definitions/Verdict/properties/spans/items/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
if(data82.label !== undefined){
if(typeof data82.label !== "string"){
const err158 = {instancePath:instancePath+"/guardrails/" + i2+"/spans/" + i3+"/label",schemaPath:"#/definitions/Verdict/properties/spans/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/guardrails/" + i2+"/spans/" + i3,schemaPath:"#/definitions/Verdict/properties/spans/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
else {
const err160 = {instancePath:instancePath+"/guardrails/" + i2+"/spans",schemaPath:"#/definitions/Verdict/properties/spans/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/guardrails/" + i2,schemaPath:"#/definitions/Verdict/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/guardrails",schemaPath:"#/properties/guardrails/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data.requestBytes !== undefined){
let data87 = data.requestBytes;
if(!(((typeof data87 == "number") && (!(data87 % 1) && !isNaN(data87))) && (isFinite(data87)))){
const err163 = {instancePath:instancePath+"/requestBytes",schemaPath:"#/properties/requestBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if((typeof data87 == "number") && (isFinite(data87))){
if(data87 < 0 || isNaN(data87)){
const err164 = {instancePath:instancePath+"/requestBytes",schemaPath:"#/properties/requestBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
if(data.responseBytes !== undefined){
let data88 = data.responseBytes;
if(!(((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88))) && (isFinite(data88)))){
const err165 = {instancePath:instancePath+"/responseBytes",schemaPath:"#/properties/responseBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if((typeof data88 == "number") && (isFinite(data88))){
if(data88 < 0 || isNaN(data88)){
const err166 = {instancePath:instancePath+"/responseBytes",schemaPath:"#/properties/responseBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
if(data.client !== undefined){
if(!(validate28(data.client, {instancePath:instancePath+"/client",parentData:data,parentDataProperty:"client",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.tags !== undefined){
let data90 = data.tags;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
}
else {
const err167 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data.bodies !== undefined){
if(!(validate30(data.bodies, {instancePath:instancePath+"/bodies",parentData:data,parentDataProperty:"bodies",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err168 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
