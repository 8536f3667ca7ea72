// GENERATED FILE - do not edit. Source: plugins/logger-stdout/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"StdoutLoggerConfig","description":"Writes one JSON line per finished request (the gateway's request record, with a level and a message) to stdout or stderr, through pino with an asynchronous, bounded buffer.","type":"object","additionalProperties":false,"properties":{"destination":{"description":"Where the lines go.","type":"string","enum":["stdout","stderr"],"default":"stdout"},"levelKey":{"description":"The name of the field holding the line's level (`info`, `warn` or `error`, from the request's outcome). It must not be the name of a record field.","type":"string","minLength":1,"maxLength":64,"default":"level"},"messageKey":{"description":"The name of the field holding `message`. It must not be the name of a record field, nor `levelKey`.","type":"string","minLength":1,"maxLength":64,"default":"msg"},"message":{"description":"The message of every line.","type":"string","default":"request finished"},"includeTimings":{"description":"Include the per-node timings of each request (`timings.nodes`); the totals are always written.","type":"boolean","default":true},"bufferBytes":{"description":"Lines gather until this many bytes are waiting (or `flushIntervalMs` passed) before a write; 0 writes at once (still asynchronously: lines arriving during a write follow in the next one).","type":"integer","minimum":0,"maximum":16000,"default":4096},"flushIntervalMs":{"description":"With `bufferBytes` above 0, what is waiting is written at least this often.","type":"integer","minimum":1,"maximum":60000,"default":100},"maxBufferBytes":{"description":"The most bytes held while stdout does not keep up (a full pipe, a slow terminal); lines beyond it are dropped, counted and reported, rather than slowing requests or growing memory.","type":"integer","minimum":65536,"default":16777216}}};
const func2 = runtime_ucs2length;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.destination === undefined){
data.destination = "stdout";
}
if(data.levelKey === undefined){
data.levelKey = "level";
}
if(data.messageKey === undefined){
data.messageKey = "msg";
}
if(data.message === undefined){
data.message = "request finished";
}
if(data.includeTimings === undefined){
data.includeTimings = true;
}
if(data.bufferBytes === undefined){
data.bufferBytes = 4096;
}
if(data.flushIntervalMs === undefined){
data.flushIntervalMs = 100;
}
if(data.maxBufferBytes === undefined){
data.maxBufferBytes = 16777216;
}
for(const key0 in data){
if(!((((((((key0 === "destination") || (key0 === "levelKey")) || (key0 === "messageKey")) || (key0 === "message")) || (key0 === "includeTimings")) || (key0 === "bufferBytes")) || (key0 === "flushIntervalMs")) || (key0 === "maxBufferBytes"))){
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
let data0 = data.destination;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/destination",schemaPath:"#/properties/destination/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data0 === "stdout") || (data0 === "stderr"))){
const err2 = {instancePath:instancePath+"/destination",schemaPath:"#/properties/destination/enum",keyword:"enum",params:{allowedValues: schema11.properties.destination.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
let data1 = data.levelKey;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err3 = {instancePath:instancePath+"/levelKey",schemaPath:"#/properties/levelKey/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/levelKey",schemaPath:"#/properties/levelKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err5 = {instancePath:instancePath+"/levelKey",schemaPath:"#/properties/levelKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
let data2 = data.messageKey;
if(typeof data2 === "string"){
if(func2(data2) > 64){
const err6 = {instancePath:instancePath+"/messageKey",schemaPath:"#/properties/messageKey/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data2) < 1){
const err7 = {instancePath:instancePath+"/messageKey",schemaPath:"#/properties/messageKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err8 = {instancePath:instancePath+"/messageKey",schemaPath:"#/properties/messageKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data.message !== "string"){
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data.includeTimings !== "boolean"){
const err10 = {instancePath:instancePath+"/includeTimings",schemaPath:"#/properties/includeTimings/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
let data5 = data.bufferBytes;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/bufferBytes",schemaPath:"#/properties/bufferBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 16000 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/bufferBytes",schemaPath:"#/properties/bufferBytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16000},message:"must be <= 16000"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/bufferBytes",schemaPath:"#/properties/bufferBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let data6 = data.flushIntervalMs;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/flushIntervalMs",schemaPath:"#/properties/flushIntervalMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 60000 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/flushIntervalMs",schemaPath:"#/properties/flushIntervalMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/flushIntervalMs",schemaPath:"#/properties/flushIntervalMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let data7 = data.maxBufferBytes;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err17 = {instancePath:instancePath+"/maxBufferBytes",schemaPath:"#/properties/maxBufferBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 65536 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/maxBufferBytes",schemaPath:"#/properties/maxBufferBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 65536},message:"must be >= 65536"};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
