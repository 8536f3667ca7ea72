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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"JsonSchemaGuardrailConfig","description":"Checks that a model's answer is JSON matching a JSON schema: the message content, or the arguments of every tool call. The schema comes from this config, or from the request (response_format or the tools' parameters).","type":"object","additionalProperties":false,"properties":{"action":{"$ref":"#/definitions/GuardrailAction"},"message":{"$ref":"#/definitions/GuardrailMessage"},"target":{"description":"What must validate: the assistant message content parsed as JSON (content), or every tool call's function.arguments parsed as JSON (tool_arguments).","type":"string","enum":["content","tool_arguments"],"default":"content"},"schema":{"description":"The JSON schema (draft-07 unless its $schema names 2019-09 or 2020-12), compiled once at boot; a schema that is itself invalid fails the boot. For tool_arguments, the schema of tools that have none of their own. Without any schema, the JSON is only parsed.","type":["object","boolean"]},"tools":{"description":"For tool_arguments: a JSON schema per tool name, for that tool's arguments.","type":"object","additionalProperties":{"description":"The JSON schema of this tool's arguments.","type":["object","boolean"]}},"useRequestSchema":{"description":"Take the schema from the request: for content, response_format.json_schema.schema; for tool_arguments, the parameters of the request's tool of that name. A schema in this config wins for tools it names; `schema` applies when the request has none. Request schemas are compiled once per distinct schema and kept in a bounded cache.","type":"boolean","default":false},"allowFence":{"description":"Accept content wrapped in a Markdown code fence (```json ... ```), checking what is inside.","type":"boolean","default":false},"maxErrors":{"description":"How many schema errors a failing verdict's reason lists (with their instance paths).","type":"integer","minimum":1,"maximum":50,"default":3},"cacheSize":{"description":"How many distinct request schemas are kept compiled; the least recently used is dropped past that.","type":"integer","minimum":1,"maximum":10000,"default":64}},"definitions":{"GuardrailAction":{"description":"What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.","enum":["deny","flag","mask","fallback"],"default":"deny"},"GuardrailMessage":{"description":"The message a denied client gets. Default: names the node and the failing checks.","type":"string","minLength":1}}};
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
if(data.action !== undefined){
let data0 = data.action;
if(!((((data0 === "deny") || (data0 === "flag")) || (data0 === "mask")) || (data0 === "fallback"))){
const err1 = {instancePath:instancePath+"/action",schemaPath:"#/definitions/GuardrailAction/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.message !== undefined){
let data1 = data.message;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err2 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/GuardrailMessage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err3 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/GuardrailMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let data2 = data.target;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data2 === "content") || (data2 === "tool_arguments"))){
const err5 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/enum",keyword:"enum",params:{allowedValues: schema11.properties.target.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.schema !== undefined){
let data3 = data.schema;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (typeof data3 !== "boolean")){
const err6 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/type",keyword:"type",params:{type: schema11.properties.schema.type},message:"must be object,boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.tools !== undefined){
let data4 = data.tools;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
let data5 = data4[key1];
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (typeof data5 !== "boolean")){
const err7 = {instancePath:instancePath+"/tools/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tools/additionalProperties/type",keyword:"type",params:{type: schema11.properties.tools.additionalProperties.type},message:"must be object,boolean"};
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
const err8 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(typeof data.useRequestSchema !== "boolean"){
const err9 = {instancePath:instancePath+"/useRequestSchema",schemaPath:"#/properties/useRequestSchema/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data.allowFence !== "boolean"){
const err10 = {instancePath:instancePath+"/allowFence",schemaPath:"#/properties/allowFence/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
let data8 = data.maxErrors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err11 = {instancePath:instancePath+"/maxErrors",schemaPath:"#/properties/maxErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 50 || isNaN(data8)){
const err12 = {instancePath:instancePath+"/maxErrors",schemaPath:"#/properties/maxErrors/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err13 = {instancePath:instancePath+"/maxErrors",schemaPath:"#/properties/maxErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let data9 = data.cacheSize;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err14 = {instancePath:instancePath+"/cacheSize",schemaPath:"#/properties/cacheSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 10000 || isNaN(data9)){
const err15 = {instancePath:instancePath+"/cacheSize",schemaPath:"#/properties/cacheSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err16 = {instancePath:instancePath+"/cacheSize",schemaPath:"#/properties/cacheSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
