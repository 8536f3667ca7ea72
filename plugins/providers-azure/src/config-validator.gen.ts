// GENERATED FILE - do not edit. Source: plugins/providers-azure/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"AzureOpenAIProviderConfig","description":"Calls Azure OpenAI deployments (chat, completions, embeddings, images, audio) with an API key or Microsoft Entra ID tokens.","type":"object","additionalProperties":false,"properties":{"resource":{"description":"The Azure OpenAI resource name; the endpoint becomes https://{resource}.openai.azure.com. Give this or endpoint.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*$"},"endpoint":{"description":"The resource endpoint, e.g. https://my-resource.openai.azure.com (or a gateway that serves the same paths, such as API Management); /openai/... paths are appended.","type":"string","pattern":"^https?://"},"baseUrl":{"description":"Overrides where requests go: it replaces {endpoint}/openai, so /deployments/{deployment}/chat/completions (or /v1/chat/completions) is appended to it. For a proxy mounted under another path, or a test server.","type":"string","pattern":"^https?://"},"apiVersion":{"description":"The api-version of deployment URLs (default 2024-10-21, the latest GA data-plane version), or \"v1\" for the v1 API: /openai/v1/..., no api-version, the deployment sent as the body's model.","type":"string","pattern":"^(v1|[0-9]{4}-[0-9]{2}-[0-9]{2}(-preview)?)$","default":"2024-10-21"},"deployment":{"description":"The deployment used for models not listed in deployments (whatever model the client names).","type":"string","minLength":1},"deployments":{"description":"Deployment names by the model name clients use, e.g. { \"gpt-4o\": \"prod-gpt4o\" }. A model not listed goes to deployment, or else to a deployment of its own name.","type":"object","additionalProperties":{"type":"string","minLength":1}},"auth":{"description":"How to authenticate: api-key (the api-key header), entra-id (Microsoft Entra ID client credentials, tokens fetched and cached), or bearer (a ready Entra ID token from the environment). Default: entra-id when entra is set, bearer when bearerTokenEnv is set, else api-key.","enum":["api-key","entra-id","bearer"]},"apiKey":{"description":"The API key itself. Discouraged: prefer apiKeyEnv so the key stays out of config files.","type":"string","minLength":1},"apiKeyEnv":{"description":"The environment variable holding the API key. Default: AZURE_OPENAI_API_KEY.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"credential":{"description":"The name of the API key (sent as the api-key header) in the gateway's credential vault, instead of apiKey / apiKeyEnv (which it excludes; auth must then be api-key), read on every request (a rotated key is used from the next request on). A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured).","type":"string","minLength":1},"bearerTokenEnv":{"description":"The environment variable holding a Microsoft Entra ID access token, sent as Authorization: Bearer (auth: bearer). Default: AZURE_OPENAI_AD_TOKEN.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"entra":{"description":"Microsoft Entra ID client credentials (auth: entra-id): a token for the Cognitive Services scope is fetched from the tenant's token endpoint and cached until shortly before it expires.","type":"object","additionalProperties":false,"properties":{"tenantId":{"description":"The directory (tenant) id. Default: the AZURE_TENANT_ID environment variable.","type":"string","minLength":1},"clientId":{"description":"The application (client) id. Default: the AZURE_CLIENT_ID environment variable.","type":"string","minLength":1},"clientSecretEnv":{"description":"The environment variable holding the client secret. Default: AZURE_CLIENT_SECRET.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"authorityHost":{"description":"The token endpoint's base (default https://login.microsoftonline.com; sovereign clouds differ, e.g. https://login.microsoftonline.us).","type":"string","pattern":"^https?://"},"scope":{"description":"The scope asked for. Default: https://cognitiveservices.azure.com/.default.","type":"string","minLength":1}}},"headers":{"description":"Extra static headers sent with every upstream request (an API Management subscription key, for instance).","type":"object","additionalProperties":{"type":"string"}},"models":{"description":"The model ids listed on /v1/models. Default: the keys of deployments.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"timeoutMs":{"description":"How long to wait for the upstream's response headers (a non-streamed answer's headers come only once it is complete).","type":"integer","minimum":1,"maximum":3600000,"default":600000},"adapt":{"description":"What to do with a chat request parameter the upstream model refuses, as the capability table says (schemas/capabilities.json, with the gateway config's capabilities.overrides): `drop` (the default) drops, renames or clamps it so the model accepts the request, and says what changed in the x-aigw-adapted answer header and the record's `adaptations`: the client asked for an answer, and the parameter would only make the upstream refuse it. `error` answers 400 naming the parameter and the model instead, for clients that want their request sent as written or not at all. A feature the model lacks (tools, images, json_schema) cannot be adapted: a 400 either way, before any upstream call.","enum":["drop","error"],"default":"drop"},"responsesApi":{"description":"Whether requests that came through the Responses API ingress (plugins/ingress-responses) go upstream to the Responses API (/v1/responses with apiVersion v1, else /responses?api-version=...; dated versions need 2025-03-01-preview or later), answered natively with no round trip through Chat Completions. The gateway sends the native body only when no node on the way back reads answers.","type":"boolean","default":true}},"dependencies":{"credential":{"description":"A node names its secret once: credential excludes the other ways of giving it.","properties":{"apiKey":false,"apiKeyEnv":false,"bearerTokenEnv":false,"entra":false,"auth":{"enum":["api-key"]}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime_ucs2length;
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*$", "u");
const pattern1 = new RegExp("^https?://", "u");
const pattern3 = new RegExp("^(v1|[0-9]{4}-[0-9]{2}-[0-9]{2}(-preview)?)$", "u");
const pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
data.apiVersion = "2024-10-21";
}
if(data.timeoutMs === undefined){
data.timeoutMs = 600000;
}
if(data.adapt === undefined){
data.adapt = "drop";
}
if(data.responsesApi === undefined){
data.responsesApi = true;
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
if(data.bearerTokenEnv !== undefined){
const err3 = {instancePath:instancePath+"/bearerTokenEnv",schemaPath:"#/dependencies/credential/properties/bearerTokenEnv/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.entra !== undefined){
const err4 = {instancePath:instancePath+"/entra",schemaPath:"#/dependencies/credential/properties/entra/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.auth !== undefined){
if(!(data.auth === "api-key")){
const err5 = {instancePath:instancePath+"/auth",schemaPath:"#/dependencies/credential/properties/auth/enum",keyword:"enum",params:{allowedValues: schema11.dependencies.credential.properties.auth.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
if(data.resource !== undefined){
let data5 = data.resource;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err6 = {instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*$"+"\""};
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
const err7 = {instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.endpoint !== undefined){
let data6 = data.endpoint;
if(typeof data6 === "string"){
if(!pattern1.test(data6)){
const err8 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
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
const err9 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.baseUrl !== undefined){
let data7 = data.baseUrl;
if(typeof data7 === "string"){
if(!pattern1.test(data7)){
const err10 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
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
const err11 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let data8 = data.apiVersion;
if(typeof data8 === "string"){
if(!pattern3.test(data8)){
const err12 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/pattern",keyword:"pattern",params:{pattern: "^(v1|[0-9]{4}-[0-9]{2}-[0-9]{2}(-preview)?)$"},message:"must match pattern \""+"^(v1|[0-9]{4}-[0-9]{2}-[0-9]{2}(-preview)?)$"+"\""};
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
const err13 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.deployment !== undefined){
let data9 = data.deployment;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err14 = {instancePath:instancePath+"/deployment",schemaPath:"#/properties/deployment/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/deployment",schemaPath:"#/properties/deployment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.deployments !== undefined){
let data10 = data.deployments;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key1 in data10){
let data11 = data10[key1];
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err16 = {instancePath:instancePath+"/deployments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/deployments/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err17 = {instancePath:instancePath+"/deployments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/deployments/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/deployments",schemaPath:"#/properties/deployments/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.auth !== undefined){
let data12 = data.auth;
if(!(((data12 === "api-key") || (data12 === "entra-id")) || (data12 === "bearer"))){
const err19 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/enum",keyword:"enum",params:{allowedValues: schema11.properties.auth.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.apiKey !== undefined){
let data13 = data.apiKey;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err20 = {instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err21 = {instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.apiKeyEnv !== undefined){
let data14 = data.apiKeyEnv;
if(typeof data14 === "string"){
if(!pattern4.test(data14)){
const err22 = {instancePath:instancePath+"/apiKeyEnv",schemaPath:"#/properties/apiKeyEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
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
const err23 = {instancePath:instancePath+"/apiKeyEnv",schemaPath:"#/properties/apiKeyEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.credential !== undefined){
let data15 = data.credential;
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err24 = {instancePath:instancePath+"/credential",schemaPath:"#/properties/credential/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err25 = {instancePath:instancePath+"/credential",schemaPath:"#/properties/credential/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.bearerTokenEnv !== undefined){
let data16 = data.bearerTokenEnv;
if(typeof data16 === "string"){
if(!pattern4.test(data16)){
const err26 = {instancePath:instancePath+"/bearerTokenEnv",schemaPath:"#/properties/bearerTokenEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
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
const err27 = {instancePath:instancePath+"/bearerTokenEnv",schemaPath:"#/properties/bearerTokenEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.entra !== undefined){
let data17 = data.entra;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key2 in data17){
if(!(((((key2 === "tenantId") || (key2 === "clientId")) || (key2 === "clientSecretEnv")) || (key2 === "authorityHost")) || (key2 === "scope"))){
const err28 = {instancePath:instancePath+"/entra",schemaPath:"#/properties/entra/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data17.tenantId !== undefined){
let data18 = data17.tenantId;
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err29 = {instancePath:instancePath+"/entra/tenantId",schemaPath:"#/properties/entra/properties/tenantId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/entra/tenantId",schemaPath:"#/properties/entra/properties/tenantId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data17.clientId !== undefined){
let data19 = data17.clientId;
if(typeof data19 === "string"){
if(func3(data19) < 1){
const err31 = {instancePath:instancePath+"/entra/clientId",schemaPath:"#/properties/entra/properties/clientId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/entra/clientId",schemaPath:"#/properties/entra/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data17.clientSecretEnv !== undefined){
let data20 = data17.clientSecretEnv;
if(typeof data20 === "string"){
if(!pattern4.test(data20)){
const err33 = {instancePath:instancePath+"/entra/clientSecretEnv",schemaPath:"#/properties/entra/properties/clientSecretEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/entra/clientSecretEnv",schemaPath:"#/properties/entra/properties/clientSecretEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data17.authorityHost !== undefined){
let data21 = data17.authorityHost;
if(typeof data21 === "string"){
if(!pattern1.test(data21)){
const err35 = {instancePath:instancePath+"/entra/authorityHost",schemaPath:"#/properties/entra/properties/authorityHost/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/entra/authorityHost",schemaPath:"#/properties/entra/properties/authorityHost/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data17.scope !== undefined){
let data22 = data17.scope;
if(typeof data22 === "string"){
if(func3(data22) < 1){
const err37 = {instancePath:instancePath+"/entra/scope",schemaPath:"#/properties/entra/properties/scope/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/entra/scope",schemaPath:"#/properties/entra/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err39 = {instancePath:instancePath+"/entra",schemaPath:"#/properties/entra/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.headers !== undefined){
let data23 = data.headers;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key3 in data23){
if(typeof data23[key3] !== "string"){
const err40 = {instancePath:instancePath+"/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.models !== undefined){
let data25 = data.models;
if(Array.isArray(data25)){
const len0 = data25.length;
for(let i0=0; i0<len0; i0++){
let data26 = data25[i0];
if(typeof data26 === "string"){
if(func3(data26) < 1){
const err42 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err43 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
let i1 = data25.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data25[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err44 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err45 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
let data27 = data.timeoutMs;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err46 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 3600000 || isNaN(data27)){
const err47 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data27 < 1 || isNaN(data27)){
const err48 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
let data28 = data.adapt;
if(!((data28 === "drop") || (data28 === "error"))){
const err49 = {instancePath:instancePath+"/adapt",schemaPath:"#/properties/adapt/enum",keyword:"enum",params:{allowedValues: schema11.properties.adapt.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(typeof data.responsesApi !== "boolean"){
const err50 = {instancePath:instancePath+"/responsesApi",schemaPath:"#/properties/responsesApi/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
