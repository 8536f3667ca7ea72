// GENERATED FILE - do not edit. Source: plugins/providers-google/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"GoogleProviderConfig","description":"Calls Google Gemini models through the Gemini API (generativelanguage.googleapis.com, API key) or Vertex AI (aiplatform.googleapis.com, service account).","type":"object","additionalProperties":false,"properties":{"api":{"description":"Which Google API to call. Default: gemini.","enum":["gemini","vertex"]},"baseUrl":{"description":"Overrides the API origin (e.g. a proxy or a test server), without the version path: https://generativelanguage.googleapis.com for the Gemini API, https://{location}-aiplatform.googleapis.com for Vertex AI.","type":"string","pattern":"^https?://"},"apiVersion":{"description":"The API version path segment. Default: v1beta for the Gemini API, v1 for Vertex AI.","type":"string","pattern":"^v[0-9a-z]+$"},"apiKey":{"description":"Gemini API only: the API key itself. Discouraged: prefer apiKeyEnv so the key stays out of config files.","type":"string","minLength":1},"apiKeyEnv":{"description":"Gemini API only: the environment variable holding the API key. Default: GEMINI_API_KEY, then GOOGLE_API_KEY.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"credential":{"description":"Gemini API only: the name of the API key in the gateway's credential vault, instead of apiKey / apiKeyEnv (which it excludes), read on every request (a rotated key is used from the next request on). A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured). Vertex AI reads its service account from the environment or a file.","type":"string","minLength":1},"project":{"description":"Vertex AI only: the Google Cloud project id. Default: the service account's project_id.","type":"string","minLength":1},"location":{"description":"Vertex AI only: the region (us-central1, europe-west4...) or global. Default: us-central1.","type":"string","pattern":"^[a-z0-9-]+$"},"credentialsEnv":{"description":"Vertex AI only: the environment variable holding the service account key JSON itself. Default: GOOGLE_APPLICATION_CREDENTIALS_JSON.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"credentialsFile":{"description":"Vertex AI only: the path of a service account key JSON file (Node, Bun and Deno). When neither this nor credentialsEnv's variable is set, the file named by GOOGLE_APPLICATION_CREDENTIALS is read.","type":"string","minLength":1},"accessTokenEnv":{"description":"Vertex AI only: an environment variable holding a ready OAuth access token (e.g. from `gcloud auth print-access-token`), used instead of a service account. The gateway does not refresh it.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"headers":{"description":"Extra static headers sent with every upstream request.","type":"object","additionalProperties":{"type":"string"}},"model":{"description":"Forces the upstream model name, whatever model the client asked for.","type":"string","minLength":1},"models":{"description":"The model ids listed on /v1/models.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"defaultMaxTokens":{"description":"maxOutputTokens sent when the client gives neither max_tokens nor max_completion_tokens. Default: none (the model's own limit).","type":"integer","minimum":1},"maxTokensLimit":{"description":"Clamps the client's max_tokens / max_completion_tokens to this value (the model's output limit).","type":"integer","minimum":1},"schemaDialect":{"description":"How tool parameters and response_format json_schema are sent: openapi (default) converts them to Gemini's OpenAPI 3.0 subset (parameters / responseSchema, works with every model); json-schema sends them untouched as parametersJsonSchema / responseJsonSchema (newer models only).","enum":["openapi","json-schema"]},"imageUrls":{"description":"What to do with http(s) image URLs: pass (default) sends them as fileData for Google to fetch; fetch downloads them through the gateway and sends the bytes inline.","enum":["pass","fetch"]},"maxImageBytes":{"description":"With imageUrls fetch: the largest image the gateway downloads. Default: 20 MiB.","type":"integer","minimum":1},"functionCallIds":{"description":"Send tool call ids as functionCall.id / functionResponse.id. Default: true for the Gemini API, false for Vertex AI (whose v1 clients do not accept ids; calls are matched by name and order).","type":"boolean"},"thoughtSignatureFallback":{"description":"When an earlier assistant tool call comes back without its Gemini thought signature (a client that dropped extra_content), send Google's documented validator-skip signature: auto (default) for gemini-3 and later models, always, or never.","enum":["auto","always","never"]},"blockedPrompt":{"description":"When Google blocks the prompt itself (promptFeedback.blockReason): content_filter (default) answers 200 with finish_reason content_filter and the reason as refusal; error answers 400 content_denied.","enum":["content_filter","error"]},"metadataAsLabels":{"description":"Vertex AI only: send the request's metadata as Vertex labels (billing breakdowns). Pairs that break Vertex's label rules are dropped. Default: false.","type":"boolean"},"safetySettings":{"description":"Google safety settings sent with every generation request.","type":"array","items":{"type":"object","additionalProperties":false,"required":["category","threshold"],"properties":{"category":{"type":"string","pattern":"^HARM_CATEGORY_[A-Z_]+$"},"threshold":{"type":"string","pattern":"^[A-Z_]+$"}}}},"timeoutMs":{"description":"How long to wait for the upstream's response headers (a non-streamed answer's headers come only once it is complete).","type":"integer","minimum":1,"maximum":3600000,"default":600000},"adapt":{"description":"What to do with a chat request parameter the upstream model refuses, as the capability table says (schemas/capabilities.json, with the gateway config's capabilities.overrides): `drop` (the default) drops, renames or clamps it so the model accepts the request, and says what changed in the x-aigw-adapted answer header and the record's `adaptations`: the client asked for an answer, and the parameter would only make the upstream refuse it. `error` answers 400 naming the parameter and the model instead, for clients that want their request sent as written or not at all. A feature the model lacks (tools, images, json_schema) cannot be adapted: a 400 either way, before any upstream call.","enum":["drop","error"],"default":"drop"}},"dependencies":{"credential":{"description":"A node names its secret once: credential excludes the other ways of giving it.","properties":{"apiKey":false,"apiKeyEnv":false,"credentialsEnv":false,"credentialsFile":false,"accessTokenEnv":false,"api":{"enum":["gemini"]}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime_ucs2length;
const pattern0 = new RegExp("^https?://", "u");
const pattern1 = new RegExp("^v[0-9a-z]+$", "u");
const pattern2 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern3 = new RegExp("^[a-z0-9-]+$", "u");
const pattern6 = new RegExp("^HARM_CATEGORY_[A-Z_]+$", "u");
const pattern7 = new RegExp("^[A-Z_]+$", "u");

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
if(data.credentialsEnv !== undefined){
const err3 = {instancePath:instancePath+"/credentialsEnv",schemaPath:"#/dependencies/credential/properties/credentialsEnv/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.credentialsFile !== undefined){
const err4 = {instancePath:instancePath+"/credentialsFile",schemaPath:"#/dependencies/credential/properties/credentialsFile/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.accessTokenEnv !== undefined){
const err5 = {instancePath:instancePath+"/accessTokenEnv",schemaPath:"#/dependencies/credential/properties/accessTokenEnv/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.api !== undefined){
if(!(data.api === "gemini")){
const err6 = {instancePath:instancePath+"/api",schemaPath:"#/dependencies/credential/properties/api/enum",keyword:"enum",params:{allowedValues: schema11.dependencies.credential.properties.api.enum},message:"must be equal to one of the allowed values"};
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
}
if(data.api !== undefined){
let data6 = data.api;
if(!((data6 === "gemini") || (data6 === "vertex"))){
const err7 = {instancePath:instancePath+"/api",schemaPath:"#/properties/api/enum",keyword:"enum",params:{allowedValues: schema11.properties.api.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.baseUrl !== undefined){
let data7 = data.baseUrl;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err8 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
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
const err9 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data8 = data.apiVersion;
if(typeof data8 === "string"){
if(!pattern1.test(data8)){
const err10 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/pattern",keyword:"pattern",params:{pattern: "^v[0-9a-z]+$"},message:"must match pattern \""+"^v[0-9a-z]+$"+"\""};
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
const err11 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.apiKey !== undefined){
let data9 = data.apiKey;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err12 = {instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err13 = {instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.apiKeyEnv !== undefined){
let data10 = data.apiKeyEnv;
if(typeof data10 === "string"){
if(!pattern2.test(data10)){
const err14 = {instancePath:instancePath+"/apiKeyEnv",schemaPath:"#/properties/apiKeyEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
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
const err15 = {instancePath:instancePath+"/apiKeyEnv",schemaPath:"#/properties/apiKeyEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.credential !== undefined){
let data11 = data.credential;
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err16 = {instancePath:instancePath+"/credential",schemaPath:"#/properties/credential/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err17 = {instancePath:instancePath+"/credential",schemaPath:"#/properties/credential/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.project !== undefined){
let data12 = data.project;
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err18 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err19 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.location !== undefined){
let data13 = data.location;
if(typeof data13 === "string"){
if(!pattern3.test(data13)){
const err20 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\""};
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
const err21 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.credentialsEnv !== undefined){
let data14 = data.credentialsEnv;
if(typeof data14 === "string"){
if(!pattern2.test(data14)){
const err22 = {instancePath:instancePath+"/credentialsEnv",schemaPath:"#/properties/credentialsEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/credentialsEnv",schemaPath:"#/properties/credentialsEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.credentialsFile !== undefined){
let data15 = data.credentialsFile;
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err24 = {instancePath:instancePath+"/credentialsFile",schemaPath:"#/properties/credentialsFile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err25 = {instancePath:instancePath+"/credentialsFile",schemaPath:"#/properties/credentialsFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.accessTokenEnv !== undefined){
let data16 = data.accessTokenEnv;
if(typeof data16 === "string"){
if(!pattern2.test(data16)){
const err26 = {instancePath:instancePath+"/accessTokenEnv",schemaPath:"#/properties/accessTokenEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
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
const err27 = {instancePath:instancePath+"/accessTokenEnv",schemaPath:"#/properties/accessTokenEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.headers !== undefined){
let data17 = data.headers;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key1 in data17){
if(typeof data17[key1] !== "string"){
const err28 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err29 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.model !== undefined){
let data19 = data.model;
if(typeof data19 === "string"){
if(func3(data19) < 1){
const err30 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.models !== undefined){
let data20 = data.models;
if(Array.isArray(data20)){
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
let data21 = data20[i0];
if(typeof data21 === "string"){
if(func3(data21) < 1){
const err32 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
let i1 = data20.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data20[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err34 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err35 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.defaultMaxTokens !== undefined){
let data22 = data.defaultMaxTokens;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err36 = {instancePath:instancePath+"/defaultMaxTokens",schemaPath:"#/properties/defaultMaxTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 1 || isNaN(data22)){
const err37 = {instancePath:instancePath+"/defaultMaxTokens",schemaPath:"#/properties/defaultMaxTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data.maxTokensLimit !== undefined){
let data23 = data.maxTokensLimit;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err38 = {instancePath:instancePath+"/maxTokensLimit",schemaPath:"#/properties/maxTokensLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 1 || isNaN(data23)){
const err39 = {instancePath:instancePath+"/maxTokensLimit",schemaPath:"#/properties/maxTokensLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.schemaDialect !== undefined){
let data24 = data.schemaDialect;
if(!((data24 === "openapi") || (data24 === "json-schema"))){
const err40 = {instancePath:instancePath+"/schemaDialect",schemaPath:"#/properties/schemaDialect/enum",keyword:"enum",params:{allowedValues: schema11.properties.schemaDialect.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.imageUrls !== undefined){
let data25 = data.imageUrls;
if(!((data25 === "pass") || (data25 === "fetch"))){
const err41 = {instancePath:instancePath+"/imageUrls",schemaPath:"#/properties/imageUrls/enum",keyword:"enum",params:{allowedValues: schema11.properties.imageUrls.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.maxImageBytes !== undefined){
let data26 = data.maxImageBytes;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err42 = {instancePath:instancePath+"/maxImageBytes",schemaPath:"#/properties/maxImageBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 1 || isNaN(data26)){
const err43 = {instancePath:instancePath+"/maxImageBytes",schemaPath:"#/properties/maxImageBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.functionCallIds !== undefined){
if(typeof data.functionCallIds !== "boolean"){
const err44 = {instancePath:instancePath+"/functionCallIds",schemaPath:"#/properties/functionCallIds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.thoughtSignatureFallback !== undefined){
let data28 = data.thoughtSignatureFallback;
if(!(((data28 === "auto") || (data28 === "always")) || (data28 === "never"))){
const err45 = {instancePath:instancePath+"/thoughtSignatureFallback",schemaPath:"#/properties/thoughtSignatureFallback/enum",keyword:"enum",params:{allowedValues: schema11.properties.thoughtSignatureFallback.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.blockedPrompt !== undefined){
let data29 = data.blockedPrompt;
if(!((data29 === "content_filter") || (data29 === "error"))){
const err46 = {instancePath:instancePath+"/blockedPrompt",schemaPath:"#/properties/blockedPrompt/enum",keyword:"enum",params:{allowedValues: schema11.properties.blockedPrompt.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.metadataAsLabels !== undefined){
if(typeof data.metadataAsLabels !== "boolean"){
const err47 = {instancePath:instancePath+"/metadataAsLabels",schemaPath:"#/properties/metadataAsLabels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.safetySettings !== undefined){
let data31 = data.safetySettings;
if(Array.isArray(data31)){
const len1 = data31.length;
for(let i2=0; i2<len1; i2++){
let data32 = data31[i2];
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.category === undefined){
const err48 = {instancePath:instancePath+"/safetySettings/" + i2,schemaPath:"#/properties/safetySettings/items/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data32.threshold === undefined){
const err49 = {instancePath:instancePath+"/safetySettings/" + i2,schemaPath:"#/properties/safetySettings/items/required",keyword:"required",params:{missingProperty: "threshold"},message:"must have required property '"+"threshold"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key2 in data32){
if(!((key2 === "category") || (key2 === "threshold"))){
const err50 = {instancePath:instancePath+"/safetySettings/" + i2,schemaPath:"#/properties/safetySettings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data32.category !== undefined){
let data33 = data32.category;
if(typeof data33 === "string"){
if(!pattern6.test(data33)){
const err51 = {instancePath:instancePath+"/safetySettings/" + i2+"/category",schemaPath:"#/properties/safetySettings/items/properties/category/pattern",keyword:"pattern",params:{pattern: "^HARM_CATEGORY_[A-Z_]+$"},message:"must match pattern \""+"^HARM_CATEGORY_[A-Z_]+$"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/safetySettings/" + i2+"/category",schemaPath:"#/properties/safetySettings/items/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data32.threshold !== undefined){
let data34 = data32.threshold;
if(typeof data34 === "string"){
if(!pattern7.test(data34)){
const err53 = {instancePath:instancePath+"/safetySettings/" + i2+"/threshold",schemaPath:"#/properties/safetySettings/items/properties/threshold/pattern",keyword:"pattern",params:{pattern: "^[A-Z_]+$"},message:"must match pattern \""+"^[A-Z_]+$"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/safetySettings/" + i2+"/threshold",schemaPath:"#/properties/safetySettings/items/properties/threshold/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/safetySettings/" + i2,schemaPath:"#/properties/safetySettings/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/safetySettings",schemaPath:"#/properties/safetySettings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
let data35 = data.timeoutMs;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err57 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 3600000 || isNaN(data35)){
const err58 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data35 < 1 || isNaN(data35)){
const err59 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
let data36 = data.adapt;
if(!((data36 === "drop") || (data36 === "error"))){
const err60 = {instancePath:instancePath+"/adapt",schemaPath:"#/properties/adapt/enum",keyword:"enum",params:{allowedValues: schema11.properties.adapt.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
