// GENERATED FILE - do not edit. Source: plugins/providers-bedrock/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"BedrockProviderConfig","description":"Calls AWS Bedrock through the Converse / ConverseStream APIs (chat) and InvokeModel (Titan and Cohere embeddings), signed with AWS Signature Version 4 or a Bedrock API key.","type":"object","additionalProperties":false,"properties":{"region":{"description":"The AWS region, e.g. us-east-1. Default: the variable named by regionEnv.","type":"string","pattern":"^[a-z0-9-]+$"},"regionEnv":{"description":"The environment variable holding the region when `region` is not set. Default: AWS_REGION.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"baseUrl":{"description":"The runtime endpoint (no trailing path needed), e.g. a VPC endpoint or a test server. Default: https://bedrock-runtime.{region}.amazonaws.com.","type":"string","pattern":"^https?://"},"auth":{"description":"How requests are authenticated: sigv4 (access keys), apiKey (a Bedrock API key sent as a bearer token). Default: apiKey when the variable named by apiKeyEnv is set, sigv4 otherwise.","enum":["sigv4","apiKey"]},"accessKeyIdEnv":{"description":"The variable holding the access key id. Default: AWS_ACCESS_KEY_ID.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"secretAccessKeyEnv":{"description":"The variable holding the secret access key. Default: AWS_SECRET_ACCESS_KEY.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"sessionTokenEnv":{"description":"The variable holding the session token of temporary credentials (optional). Default: AWS_SESSION_TOKEN.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"apiKeyEnv":{"description":"The variable holding a Bedrock API key (bearer token). Default: AWS_BEARER_TOKEN_BEDROCK.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"credential":{"description":"The name of the credential in the gateway's credential vault, instead of the *Env variables (which it excludes), read on every request (a rotated credential is used from the next request on): a Bedrock API key (sent as a bearer token), or AWS access keys as JSON {\"accessKeyId\", \"secretAccessKey\", \"sessionToken\"?} (signed with SigV4). auth says which to expect; by default a value starting with { is access keys. A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured).","type":"string","minLength":1},"model":{"description":"Forces the Bedrock model id (or inference profile / ARN), whatever model the client asked for.","type":"string","minLength":1},"modelMap":{"description":"Client model names mapped to Bedrock model ids, e.g. {\"claude-haiku\": \"anthropic.claude-3-haiku-20240307-v1:0\"}. Unmapped names are used as the model id.","type":"object","additionalProperties":{"type":"string","minLength":1}},"models":{"description":"The model ids listed on /v1/models (Bedrock's runtime has no listing endpoint). Default: the keys of modelMap, plus `model`.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"defaultMaxTokens":{"description":"inferenceConfig.maxTokens when the client sets neither max_tokens nor max_completion_tokens. Default: none (Bedrock then uses the model's maximum).","type":"integer","minimum":1},"maxTokensLimit":{"description":"Clamps the client's max tokens to this value (the model's own output limit, say).","type":"integer","minimum":1},"jsonMode":{"description":"How response_format json_object / json_schema is obtained: tool (a forced tool whose input is the answer; works on models with tool choice, e.g. Claude), native (Converse outputConfig.textFormat json_schema, on models that support structured output), prompt (a system instruction only). Default: tool.","enum":["tool","native","prompt"]},"imageUrls":{"description":"What to do with http(s) image URLs, which Bedrock cannot take: fetch (download them through the gateway's HTTP client) or reject (400). Default: fetch.","enum":["fetch","reject"]},"imageMaxBytes":{"description":"The largest image fetched from a URL, in bytes. Default: 3750000 (Bedrock's per-image limit).","type":"integer","minimum":1},"embeddings":{"description":"The InvokeModel body family for /v1/embeddings: titan ({inputText}, one call per input) or cohere ({texts, input_type}, one call). Default: chosen by the model id (amazon.titan-embed* -> titan, cohere.embed* -> cohere).","enum":["titan","cohere"]},"cohereInputType":{"description":"The Cohere input_type sent with embeddings. Default: search_document.","enum":["search_document","search_query","classification","clustering"]},"embeddingConcurrency":{"description":"How many Titan embedding calls run at once. Default: 8.","type":"integer","minimum":1,"maximum":64},"guardrail":{"description":"A Bedrock guardrail applied to every chat request (guardrailConfig).","type":"object","additionalProperties":false,"required":["identifier","version"],"properties":{"identifier":{"type":"string","minLength":1},"version":{"type":"string","minLength":1},"trace":{"enum":["enabled","disabled","enabled_full"]}}},"additionalModelRequestFields":{"description":"Model-specific fields sent as additionalModelRequestFields (e.g. {\"top_k\": 50}).","type":"object","additionalProperties":true},"timeoutMs":{"description":"How long to wait for the upstream's response headers.","type":"integer","minimum":1,"maximum":3600000,"default":600000},"adapt":{"description":"What to do with a chat request parameter the upstream model refuses, as the capability table says (schemas/capabilities.json, with the gateway config's capabilities.overrides): `drop` (the default) drops, renames or clamps it so the model accepts the request, and says what changed in the x-aigw-adapted answer header and the record's `adaptations`: the client asked for an answer, and the parameter would only make the upstream refuse it. `error` answers 400 naming the parameter and the model instead, for clients that want their request sent as written or not at all. A feature the model lacks (tools, images, json_schema) cannot be adapted: a 400 either way, before any upstream call.","enum":["drop","error"],"default":"drop"}},"dependencies":{"credential":{"description":"A node names its secret once: credential excludes the other ways of giving it.","properties":{"apiKeyEnv":false,"accessKeyIdEnv":false,"secretAccessKeyEnv":false,"sessionTokenEnv":false}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime_ucs2length;
const pattern0 = new RegExp("^[a-z0-9-]+$", "u");
const pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern2 = new RegExp("^https?://", "u");

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
if(data.apiKeyEnv !== undefined){
const err1 = {instancePath:instancePath+"/apiKeyEnv",schemaPath:"#/dependencies/credential/properties/apiKeyEnv/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.accessKeyIdEnv !== undefined){
const err2 = {instancePath:instancePath+"/accessKeyIdEnv",schemaPath:"#/dependencies/credential/properties/accessKeyIdEnv/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.secretAccessKeyEnv !== undefined){
const err3 = {instancePath:instancePath+"/secretAccessKeyEnv",schemaPath:"#/dependencies/credential/properties/secretAccessKeyEnv/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.sessionTokenEnv !== undefined){
const err4 = {instancePath:instancePath+"/sessionTokenEnv",schemaPath:"#/dependencies/credential/properties/sessionTokenEnv/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
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
if(data.region !== undefined){
let data4 = data.region;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err5 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\""};
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
const err6 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.regionEnv !== undefined){
let data5 = data.regionEnv;
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err7 = {instancePath:instancePath+"/regionEnv",schemaPath:"#/properties/regionEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
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
const err8 = {instancePath:instancePath+"/regionEnv",schemaPath:"#/properties/regionEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.baseUrl !== undefined){
let data6 = data.baseUrl;
if(typeof data6 === "string"){
if(!pattern2.test(data6)){
const err9 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
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
const err10 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.auth !== undefined){
let data7 = data.auth;
if(!((data7 === "sigv4") || (data7 === "apiKey"))){
const err11 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/enum",keyword:"enum",params:{allowedValues: schema11.properties.auth.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.accessKeyIdEnv !== undefined){
let data8 = data.accessKeyIdEnv;
if(typeof data8 === "string"){
if(!pattern1.test(data8)){
const err12 = {instancePath:instancePath+"/accessKeyIdEnv",schemaPath:"#/properties/accessKeyIdEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
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
const err13 = {instancePath:instancePath+"/accessKeyIdEnv",schemaPath:"#/properties/accessKeyIdEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.secretAccessKeyEnv !== undefined){
let data9 = data.secretAccessKeyEnv;
if(typeof data9 === "string"){
if(!pattern1.test(data9)){
const err14 = {instancePath:instancePath+"/secretAccessKeyEnv",schemaPath:"#/properties/secretAccessKeyEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
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
const err15 = {instancePath:instancePath+"/secretAccessKeyEnv",schemaPath:"#/properties/secretAccessKeyEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.sessionTokenEnv !== undefined){
let data10 = data.sessionTokenEnv;
if(typeof data10 === "string"){
if(!pattern1.test(data10)){
const err16 = {instancePath:instancePath+"/sessionTokenEnv",schemaPath:"#/properties/sessionTokenEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
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
const err17 = {instancePath:instancePath+"/sessionTokenEnv",schemaPath:"#/properties/sessionTokenEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.apiKeyEnv !== undefined){
let data11 = data.apiKeyEnv;
if(typeof data11 === "string"){
if(!pattern1.test(data11)){
const err18 = {instancePath:instancePath+"/apiKeyEnv",schemaPath:"#/properties/apiKeyEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
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
const err19 = {instancePath:instancePath+"/apiKeyEnv",schemaPath:"#/properties/apiKeyEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.credential !== undefined){
let data12 = data.credential;
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err20 = {instancePath:instancePath+"/credential",schemaPath:"#/properties/credential/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err21 = {instancePath:instancePath+"/credential",schemaPath:"#/properties/credential/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.model !== undefined){
let data13 = data.model;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err22 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err23 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.modelMap !== undefined){
let data14 = data.modelMap;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key1 in data14){
let data15 = data14[key1];
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err24 = {instancePath:instancePath+"/modelMap/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/modelMap/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err25 = {instancePath:instancePath+"/modelMap/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/modelMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err26 = {instancePath:instancePath+"/modelMap",schemaPath:"#/properties/modelMap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.models !== undefined){
let data16 = data.models;
if(Array.isArray(data16)){
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err27 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
let i1 = data16.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data16[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err29 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err30 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.defaultMaxTokens !== undefined){
let data18 = data.defaultMaxTokens;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err31 = {instancePath:instancePath+"/defaultMaxTokens",schemaPath:"#/properties/defaultMaxTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 1 || isNaN(data18)){
const err32 = {instancePath:instancePath+"/defaultMaxTokens",schemaPath:"#/properties/defaultMaxTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data.maxTokensLimit !== undefined){
let data19 = data.maxTokensLimit;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err33 = {instancePath:instancePath+"/maxTokensLimit",schemaPath:"#/properties/maxTokensLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 1 || isNaN(data19)){
const err34 = {instancePath:instancePath+"/maxTokensLimit",schemaPath:"#/properties/maxTokensLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data.jsonMode !== undefined){
let data20 = data.jsonMode;
if(!(((data20 === "tool") || (data20 === "native")) || (data20 === "prompt"))){
const err35 = {instancePath:instancePath+"/jsonMode",schemaPath:"#/properties/jsonMode/enum",keyword:"enum",params:{allowedValues: schema11.properties.jsonMode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.imageUrls !== undefined){
let data21 = data.imageUrls;
if(!((data21 === "fetch") || (data21 === "reject"))){
const err36 = {instancePath:instancePath+"/imageUrls",schemaPath:"#/properties/imageUrls/enum",keyword:"enum",params:{allowedValues: schema11.properties.imageUrls.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.imageMaxBytes !== undefined){
let data22 = data.imageMaxBytes;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err37 = {instancePath:instancePath+"/imageMaxBytes",schemaPath:"#/properties/imageMaxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 1 || isNaN(data22)){
const err38 = {instancePath:instancePath+"/imageMaxBytes",schemaPath:"#/properties/imageMaxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.embeddings !== undefined){
let data23 = data.embeddings;
if(!((data23 === "titan") || (data23 === "cohere"))){
const err39 = {instancePath:instancePath+"/embeddings",schemaPath:"#/properties/embeddings/enum",keyword:"enum",params:{allowedValues: schema11.properties.embeddings.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.cohereInputType !== undefined){
let data24 = data.cohereInputType;
if(!((((data24 === "search_document") || (data24 === "search_query")) || (data24 === "classification")) || (data24 === "clustering"))){
const err40 = {instancePath:instancePath+"/cohereInputType",schemaPath:"#/properties/cohereInputType/enum",keyword:"enum",params:{allowedValues: schema11.properties.cohereInputType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.embeddingConcurrency !== undefined){
let data25 = data.embeddingConcurrency;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err41 = {instancePath:instancePath+"/embeddingConcurrency",schemaPath:"#/properties/embeddingConcurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 64 || isNaN(data25)){
const err42 = {instancePath:instancePath+"/embeddingConcurrency",schemaPath:"#/properties/embeddingConcurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data25 < 1 || isNaN(data25)){
const err43 = {instancePath:instancePath+"/embeddingConcurrency",schemaPath:"#/properties/embeddingConcurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.guardrail !== undefined){
let data26 = data.guardrail;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.identifier === undefined){
const err44 = {instancePath:instancePath+"/guardrail",schemaPath:"#/properties/guardrail/required",keyword:"required",params:{missingProperty: "identifier"},message:"must have required property '"+"identifier"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data26.version === undefined){
const err45 = {instancePath:instancePath+"/guardrail",schemaPath:"#/properties/guardrail/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key2 in data26){
if(!(((key2 === "identifier") || (key2 === "version")) || (key2 === "trace"))){
const err46 = {instancePath:instancePath+"/guardrail",schemaPath:"#/properties/guardrail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data26.identifier !== undefined){
let data27 = data26.identifier;
if(typeof data27 === "string"){
if(func3(data27) < 1){
const err47 = {instancePath:instancePath+"/guardrail/identifier",schemaPath:"#/properties/guardrail/properties/identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/guardrail/identifier",schemaPath:"#/properties/guardrail/properties/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data26.version !== undefined){
let data28 = data26.version;
if(typeof data28 === "string"){
if(func3(data28) < 1){
const err49 = {instancePath:instancePath+"/guardrail/version",schemaPath:"#/properties/guardrail/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/guardrail/version",schemaPath:"#/properties/guardrail/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data26.trace !== undefined){
let data29 = data26.trace;
if(!(((data29 === "enabled") || (data29 === "disabled")) || (data29 === "enabled_full"))){
const err51 = {instancePath:instancePath+"/guardrail/trace",schemaPath:"#/properties/guardrail/properties/trace/enum",keyword:"enum",params:{allowedValues: schema11.properties.guardrail.properties.trace.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/guardrail",schemaPath:"#/properties/guardrail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.additionalModelRequestFields !== undefined){
let data30 = data.additionalModelRequestFields;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
}
else {
const err53 = {instancePath:instancePath+"/additionalModelRequestFields",schemaPath:"#/properties/additionalModelRequestFields/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
let data31 = data.timeoutMs;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err54 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 3600000 || isNaN(data31)){
const err55 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data31 < 1 || isNaN(data31)){
const err56 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
let data32 = data.adapt;
if(!((data32 === "drop") || (data32 === "error"))){
const err57 = {instancePath:instancePath+"/adapt",schemaPath:"#/properties/adapt/enum",keyword:"enum",params:{allowedValues: schema11.properties.adapt.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
