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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"FileLoggerConfig","description":"Appends one JSON line per finished request (the request record, schemas/request-record.schema.json: metadata, and bodies only when logging.bodies asks) to a file.","type":"object","additionalProperties":false,"properties":{"path":{"description":"The JSON Lines file to append to; its directory is created. Relative paths are resolved against the working directory.","type":"string","minLength":1,"default":"./logs/requests.jsonl"},"includeTimings":{"description":"Include the per-node timings of each request (`timings.nodes`); the totals are always written.","type":"boolean","default":true},"flushIntervalMs":{"description":"How long lines gather before they are appended in one write. It bounds what a process killed outright (`kill -9`) can lose: records of requests that completed within this window (plus the time of the write itself) before the kill. A graceful stop writes everything.","type":"integer","minimum":1,"maximum":10000,"default":25},"maxBytes":{"description":"Rotate before a write would grow the file past this size.","type":"integer","minimum":1024},"maxAgeMs":{"description":"Rotate at the first write after the file has existed this long (its creation time as the file system reports it, else when this process opened it).","type":"integer","minimum":1000},"rotateDaily":{"description":"Rotate at the first write of each UTC day, so each file holds at most one day's records.","type":"boolean","default":false},"maxFiles":{"description":"Rotated files kept: `<path>.1` (the newest) to `<path>.<maxFiles>`; at each rotation the oldest is deleted.","type":"integer","minimum":1,"maximum":1000,"default":1},"maxPendingRecords":{"description":"Records held in memory while the file cannot be written; beyond this, new records are refused (and counted in a warning) rather than accepted and lost.","type":"integer","minimum":1,"default":100000}}};
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
if(data.flushIntervalMs === undefined){
data.flushIntervalMs = 25;
}
if(data.rotateDaily === undefined){
data.rotateDaily = false;
}
if(data.maxFiles === undefined){
data.maxFiles = 1;
}
if(data.maxPendingRecords === undefined){
data.maxPendingRecords = 100000;
}
for(const key0 in data){
if(!((((((((key0 === "path") || (key0 === "includeTimings")) || (key0 === "flushIntervalMs")) || (key0 === "maxBytes")) || (key0 === "maxAgeMs")) || (key0 === "rotateDaily")) || (key0 === "maxFiles")) || (key0 === "maxPendingRecords"))){
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
let data2 = data.flushIntervalMs;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/flushIntervalMs",schemaPath:"#/properties/flushIntervalMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 10000 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/flushIntervalMs",schemaPath:"#/properties/flushIntervalMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/flushIntervalMs",schemaPath:"#/properties/flushIntervalMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.maxBytes !== undefined){
let data3 = data.maxBytes;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/properties/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1024 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/properties/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024"};
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
if(data.maxAgeMs !== undefined){
let data4 = data.maxAgeMs;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/maxAgeMs",schemaPath:"#/properties/maxAgeMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1000 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/maxAgeMs",schemaPath:"#/properties/maxAgeMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
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
if(typeof data.rotateDaily !== "boolean"){
const err11 = {instancePath:instancePath+"/rotateDaily",schemaPath:"#/properties/rotateDaily/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
let data6 = data.maxFiles;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err12 = {instancePath:instancePath+"/maxFiles",schemaPath:"#/properties/maxFiles/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/maxFiles",schemaPath:"#/properties/maxFiles/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/maxFiles",schemaPath:"#/properties/maxFiles/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let data7 = data.maxPendingRecords;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err15 = {instancePath:instancePath+"/maxPendingRecords",schemaPath:"#/properties/maxPendingRecords/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/maxPendingRecords",schemaPath:"#/properties/maxPendingRecords/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
