// GENERATED FILE - do not edit. Source: plugins/providers-openai/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"OpenAIProviderConfig","description":"Calls OpenAI, or any OpenAI-compatible API (a preset or a custom base URL).","type":"object","additionalProperties":false,"properties":{"preset":{"description":"A known OpenAI-compatible service: sets the base URL and the default API key variable. Default: openai (unless baseUrl is set).","enum":["openai","groq","together","fireworks","deepseek","xai","openrouter","perplexity","mistral","ollama","vllm","lmstudio"]},"baseUrl":{"description":"The API base URL, e.g. https://api.openai.com/v1 (overrides the preset's); endpoint paths such as /chat/completions are appended.","type":"string","pattern":"^https?://"},"apiKey":{"description":"The API key itself. Discouraged: prefer apiKeyEnv so the key stays out of config files.","type":"string","minLength":1},"apiKeyEnv":{"description":"The environment variable holding the API key. Default per preset (OPENAI_API_KEY, GROQ_API_KEY...); local presets (ollama, vllm, lmstudio) need none.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"credential":{"description":"The name of the API key in the gateway's credential vault, read on every request (a rotated key is used from the next request on). Instead of apiKey / apiKeyEnv, which it excludes. A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured).","type":"string","minLength":1},"organization":{"description":"Sent as the OpenAI-Organization header.","type":"string","minLength":1},"project":{"description":"Sent as the OpenAI-Project header.","type":"string","minLength":1},"headers":{"description":"Extra static headers sent with every upstream request (e.g. OpenRouter's HTTP-Referer).","type":"object","additionalProperties":{"type":"string"}},"model":{"description":"Forces the upstream model name, whatever model the client asked for.","type":"string","minLength":1},"models":{"description":"The model ids listed on /v1/models. When absent, the upstream's GET /models is listed (cached for 5 minutes).","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"timeoutMs":{"description":"How long to wait for the upstream's response headers (a non-streamed answer's headers come only once it is complete).","type":"integer","minimum":1,"maximum":3600000,"default":600000},"adapt":{"description":"What to do with a chat request parameter the upstream model refuses, as the capability table says (schemas/capabilities.json, with the gateway config's capabilities.overrides): `drop` (the default) drops, renames or clamps it so the model accepts the request, and says what changed in the x-aigw-adapted answer header and the record's `adaptations`: the client asked for an answer, and the parameter would only make the upstream refuse it. `error` answers 400 naming the parameter and the model instead, for clients that want their request sent as written or not at all. A feature the model lacks (tools, images, json_schema) cannot be adapted: a 400 either way, before any upstream call.","enum":["drop","error"],"default":"drop"},"responsesApi":{"description":"Whether requests that came through the Responses API ingress (plugins/ingress-responses) go upstream to /responses as they are, answered natively with no round trip through Chat Completions. Defaults to true for the openai preset (and no baseUrl), false otherwise: set it for another upstream that serves /responses. The gateway sends the native body only when no node on the way back reads answers.","type":"boolean"}},"dependencies":{"credential":{"description":"A node names its secret once: credential excludes the other ways of giving it.","properties":{"apiKey":false,"apiKeyEnv":false}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime_ucs2length;
const pattern0 = new RegExp("^https?://", "u");
const pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timeoutMs === undefined){
data.timeoutMs = 600000;
}
if(data.adapt === undefined){
data.adapt = "drop";
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
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
if(data.credential !== undefined){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiKey !== undefined){
const err1 = {instancePath:instancePath+"/apiKey",schemaPath:"#/dependencies/credential/properties/apiKey/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.apiKeyEnv !== undefined){
const err2 = {instancePath:instancePath+"/apiKeyEnv",schemaPath:"#/dependencies/credential/properties/apiKeyEnv/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.preset !== undefined){
let data2 = data.preset;
if(!((((((((((((data2 === "openai") || (data2 === "groq")) || (data2 === "together")) || (data2 === "fireworks")) || (data2 === "deepseek")) || (data2 === "xai")) || (data2 === "openrouter")) || (data2 === "perplexity")) || (data2 === "mistral")) || (data2 === "ollama")) || (data2 === "vllm")) || (data2 === "lmstudio"))){
const err3 = {instancePath:instancePath+"/preset",schemaPath:"#/properties/preset/enum",keyword:"enum",params:{allowedValues: schema11.properties.preset.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.baseUrl !== undefined){
let data3 = data.baseUrl;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err4 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
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
const err5 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.apiKey !== undefined){
let data4 = data.apiKey;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err6 = {instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err7 = {instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.apiKeyEnv !== undefined){
let data5 = data.apiKeyEnv;
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err8 = {instancePath:instancePath+"/apiKeyEnv",schemaPath:"#/properties/apiKeyEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/apiKeyEnv",schemaPath:"#/properties/apiKeyEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.credential !== undefined){
let data6 = data.credential;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err10 = {instancePath:instancePath+"/credential",schemaPath:"#/properties/credential/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err11 = {instancePath:instancePath+"/credential",schemaPath:"#/properties/credential/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.organization !== undefined){
let data7 = data.organization;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err12 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err13 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.project !== undefined){
let data8 = data.project;
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err14 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.headers !== undefined){
let data9 = data.headers;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
if(typeof data9[key1] !== "string"){
const err16 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.model !== undefined){
let data11 = data.model;
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err18 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.models !== undefined){
let data12 = data.models;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err20 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err21 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i1 = data12.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data12[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err22 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
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
const err23 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
let data14 = data.timeoutMs;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err24 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 3600000 || isNaN(data14)){
const err25 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err26 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let data15 = data.adapt;
if(!((data15 === "drop") || (data15 === "error"))){
const err27 = {instancePath:instancePath+"/adapt",schemaPath:"#/properties/adapt/enum",keyword:"enum",params:{allowedValues: schema11.properties.adapt.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.responsesApi !== undefined){
if(typeof data.responsesApi !== "boolean"){
const err28 = {instancePath:instancePath+"/responsesApi",schemaPath:"#/properties/responsesApi/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
validate10.errors = vErrors;
return errors === 0;
}
