// GENERATED FILE - do not edit. Source: plugins/guardrail-json-schema/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"JsonSchemaGuardrailConfig","description":"Checks that a model's answer is JSON matching a JSON schema: the message content, or the arguments of every tool call. The schema comes from this config, or from the request (response_format or the tools' parameters).","type":"object","additionalProperties":false,"properties":{"on":{"description":"What the guardrail checks: answers only (output, the default, whole when streamed). It takes no roles or stream settings: it reads the answer's content or tool calls, never the request's messages, and judges a stream once complete.","type":"array","items":{"enum":["output"]},"minItems":1,"maxItems":1},"action":{"$ref":"#/definitions/GuardrailAction"},"message":{"$ref":"#/definitions/GuardrailMessage"},"target":{"description":"What must validate: the assistant message content parsed as JSON (content), or every tool call's function.arguments parsed as JSON (tool_arguments).","type":"string","enum":["content","tool_arguments"],"default":"content"},"schema":{"description":"The JSON schema (draft-07 unless its $schema names 2019-09 or 2020-12), compiled once at boot; a schema that is itself invalid fails the boot. For tool_arguments, the schema of tools that have none of their own. Without any schema, the JSON is only parsed.","type":["object","boolean"]},"tools":{"description":"For tool_arguments: a JSON schema per tool name, for that tool's arguments.","type":"object","additionalProperties":{"description":"The JSON schema of this tool's arguments.","type":["object","boolean"]}},"useRequestSchema":{"description":"Take the schema from the request: for content, response_format.json_schema.schema; for tool_arguments, the parameters of the request's tool of that name. A schema in this config wins for tools it names; `schema` applies when the request has none. Request schemas are compiled once per distinct schema and kept in a bounded cache.","type":"boolean","default":false},"allowFence":{"description":"Accept content wrapped in a Markdown code fence (```json ... ```), checking what is inside.","type":"boolean","default":false},"maxErrors":{"description":"How many schema errors a failing verdict's reason lists (with their instance paths).","type":"integer","minimum":1,"maximum":50,"default":3},"cacheSize":{"description":"How many distinct request schemas are kept compiled; the least recently used is dropped past that.","type":"integer","minimum":1,"maximum":10000,"default":64}},"definitions":{"GuardrailAction":{"description":"What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.","enum":["deny","flag","mask","fallback"],"default":"deny"},"GuardrailMessage":{"description":"The message a denied client gets. Default: names the node and the failing checks.","type":"string","minLength":1}}};
const schema12 = {"description":"What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.","enum":["deny","flag","mask","fallback"],"default":"deny"};
const schema13 = {"description":"The message a denied client gets. Default: names the node and the failing checks.","type":"string","minLength":1};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime_ucs2length;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.target === undefined){
data.target = "content";
}
if(data.useRequestSchema === undefined){
data.useRequestSchema = false;
}
if(data.allowFence === undefined){
data.allowFence = false;
}
if(data.maxErrors === undefined){
data.maxErrors = 3;
}
if(data.cacheSize === undefined){
data.cacheSize = 64;
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
if(data.on !== undefined){
let data0 = data.on;
if(Array.isArray(data0)){
if(data0.length > 1){
const err1 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
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
if(!(data0[i0] === "output")){
const err3 = {instancePath:instancePath+"/on/" + i0,schemaPath:"#/properties/on/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.on.items.enum},message:"must be equal to one of the allowed values"};
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
const err4 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.action !== undefined){
let data2 = data.action;
if(!((((data2 === "deny") || (data2 === "flag")) || (data2 === "mask")) || (data2 === "fallback"))){
const err5 = {instancePath:instancePath+"/action",schemaPath:"#/definitions/GuardrailAction/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.message !== undefined){
let data3 = data.message;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err6 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/GuardrailMessage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/GuardrailMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let data4 = data.target;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data4 === "content") || (data4 === "tool_arguments"))){
const err9 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/enum",keyword:"enum",params:{allowedValues: schema11.properties.target.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.schema !== undefined){
let data5 = data.schema;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (typeof data5 !== "boolean")){
const err10 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/type",keyword:"type",params:{type: schema11.properties.schema.type},message:"must be object,boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.tools !== undefined){
let data6 = data.tools;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
let data7 = data6[key1];
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (typeof data7 !== "boolean")){
const err11 = {instancePath:instancePath+"/tools/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tools/additionalProperties/type",keyword:"type",params:{type: schema11.properties.tools.additionalProperties.type},message:"must be object,boolean"};
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
const err12 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(typeof data.useRequestSchema !== "boolean"){
const err13 = {instancePath:instancePath+"/useRequestSchema",schemaPath:"#/properties/useRequestSchema/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data.allowFence !== "boolean"){
const err14 = {instancePath:instancePath+"/allowFence",schemaPath:"#/properties/allowFence/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
let data10 = data.maxErrors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err15 = {instancePath:instancePath+"/maxErrors",schemaPath:"#/properties/maxErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 50 || isNaN(data10)){
const err16 = {instancePath:instancePath+"/maxErrors",schemaPath:"#/properties/maxErrors/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err17 = {instancePath:instancePath+"/maxErrors",schemaPath:"#/properties/maxErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let data11 = data.cacheSize;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err18 = {instancePath:instancePath+"/cacheSize",schemaPath:"#/properties/cacheSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 10000 || isNaN(data11)){
const err19 = {instancePath:instancePath+"/cacheSize",schemaPath:"#/properties/cacheSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err20 = {instancePath:instancePath+"/cacheSize",schemaPath:"#/properties/cacheSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
