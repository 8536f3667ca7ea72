// GENERATED FILE - do not edit. Source: plugins/ingress-anthropic/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"AnthropicIngressConfig","description":"Serves Anthropic's Messages API (POST /v1/messages and /v1/messages/count_tokens) in front of the pipeline, so Anthropic SDK clients can use any model the gateway routes to.","type":"object","additionalProperties":false,"properties":{"modelMap":{"description":"Renames the model a client asks for before the pipeline sees it (e.g. {\"claude-sonnet-4-5\": \"gpt-4o\"}); the key \"*\" matches any model not listed. Unlisted models pass unchanged.","type":"object","additionalProperties":{"type":"string","minLength":1}},"maxBodyBytes":{"description":"The largest request body accepted; larger ones get 413 request_too_large. Anthropic's own limit is 32 MB.","type":"integer","minimum":1,"default":33554432},"overloadedStatus":{"description":"The HTTP status of overloaded_error answers (an upstream's 503 or 529, or a gateway with no route): 529 as Anthropic sends it (its clients treat 529 as 'overloaded, retry'), or 503 for proxies and load balancers that only know standard statuses.","enum":[529,503],"default":529}}};
const func2 = runtime_ucs2length;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.maxBodyBytes === undefined){
data.maxBodyBytes = 33554432;
}
if(data.overloadedStatus === undefined){
data.overloadedStatus = 529;
}
for(const key0 in data){
if(!(((key0 === "modelMap") || (key0 === "maxBodyBytes")) || (key0 === "overloadedStatus"))){
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
if(data.modelMap !== undefined){
let data0 = data.modelMap;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
let data1 = data0[key1];
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err1 = {instancePath:instancePath+"/modelMap/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/modelMap/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err2 = {instancePath:instancePath+"/modelMap/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/modelMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err3 = {instancePath:instancePath+"/modelMap",schemaPath:"#/properties/modelMap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let data2 = data.maxBodyBytes;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/maxBodyBytes",schemaPath:"#/properties/maxBodyBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/maxBodyBytes",schemaPath:"#/properties/maxBodyBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
let data3 = data.overloadedStatus;
if(!((data3 === 529) || (data3 === 503))){
const err6 = {instancePath:instancePath+"/overloadedStatus",schemaPath:"#/properties/overloadedStatus/enum",keyword:"enum",params:{allowedValues: schema11.properties.overloadedStatus.enum},message:"must be equal to one of the allowed values"};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
