// GENERATED FILE - do not edit. Source: plugins/logger-file/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"FileLoggerConfig","description":"Appends one JSON line per finished request (the request record, schemas/request-record.schema.json: metadata, and bodies only when logging.bodies asks) to a file.","type":"object","additionalProperties":false,"properties":{"path":{"description":"The JSON Lines file to append to; its directory is created. Relative paths are resolved against the working directory.","type":"string","minLength":1,"default":"./logs/requests.jsonl"},"includeTimings":{"description":"Include the per-node timings of each request.","type":"boolean","default":true},"maxBytes":{"description":"Rotate when the file would grow past this size: the file is renamed to `<path>.1` (replacing an older one) and a new file is started.","type":"integer","minimum":1024},"maxPendingRecords":{"description":"Records held in memory while the file cannot be written; beyond this, new records are refused (and counted in a warning) rather than accepted and lost.","type":"integer","minimum":1,"default":100000}}};
const func2 = runtime_ucs2length;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
data.path = "./logs/requests.jsonl";
}
if(data.includeTimings === undefined){
data.includeTimings = true;
}
if(data.maxPendingRecords === undefined){
data.maxPendingRecords = 100000;
}
for(const key0 in data){
if(!((((key0 === "path") || (key0 === "includeTimings")) || (key0 === "maxBytes")) || (key0 === "maxPendingRecords"))){
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
let data0 = data.path;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data.includeTimings !== "boolean"){
const err3 = {instancePath:instancePath+"/includeTimings",schemaPath:"#/properties/includeTimings/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.maxBytes !== undefined){
let data2 = data.maxBytes;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/properties/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1024 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/properties/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024"};
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
let data3 = data.maxPendingRecords;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/maxPendingRecords",schemaPath:"#/properties/maxPendingRecords/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/maxPendingRecords",schemaPath:"#/properties/maxPendingRecords/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
