// GENERATED FILE - do not edit. Source: plugins/cache-semantic/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"SemanticCacheConfig","description":"Answers a chat or completion request with a stored answer to a close enough earlier prompt: the prompt is embedded through an embedding node of the gateway, and the nearest stored prompt of the same context (model, system prompt, tools, answer-shaping parameters, and the caller when `partition` says so) is a hit when its cosine similarity reaches `threshold`.","type":"object","additionalProperties":false,"required":["node","embeddingModel"],"properties":{"node":{"description":"The id of the provider (or router) node that answers /v1/embeddings: any provider with an embeddings endpoint (providers-openai, providers-mistral, providers-cohere, providers-google, providers-mock...). It must be listed in this node's `uses`.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]*$"},"embeddingModel":{"description":"The model name sent to that node in each embeddings request (e.g. text-embedding-3-small). It is part of the partition: vectors of different models are never compared.","type":"string","minLength":1},"dimensions":{"description":"Output dimensions asked of the embedding model (models that take `dimensions` only, such as text-embedding-3). Default: the model's own. Part of the partition.","type":"integer","minimum":1,"maximum":8192},"encodingFormat":{"description":"How the embedding node is asked to send vectors: `float` (JSON numbers, what every OpenAI-compatible service accepts) or `base64` (little-endian float32, under half the bytes). Either answer is read.","type":"string","enum":["float","base64"],"default":"float"},"threshold":{"description":"The cosine similarity (of unit vectors, -1..1) from which a stored prompt is a hit. The default was chosen on half of a labelled paraphrase set with the deterministic test embedding (see the README): measure your embedding model and set your own.","type":"number","minimum":0,"maximum":1,"default":0.845},"turns":{"description":"Which turns of a chat are embedded: `last-user` (the last message, which must be the user's; earlier turns are ignored, so follow-ups that read the same in different conversations share answers) or `all` (every message but the system prompts, which are always in the partition).","type":"string","enum":["last-user","all"],"default":"last-user"},"partition":{"description":"Who may share answers, beyond the context every request is partitioned by: `none` (every caller), `key` (each virtual key its own), `team` (each team its own). With `key` or `team`, a request whose caller is not known (no auth node ran before this one) is not cached.","type":"string","enum":["none","key","team"],"default":"none"},"index":{"description":"Where the vectors are searched: `embedded` (this process's memory) or `shared` (every gateway instance on the same Redis store sees every entry: each instance keeps a local copy fed from Redis; needs `stores: { type: redis }`).","type":"string","enum":["embedded","shared"],"default":"embedded"},"maxEntries":{"description":"At most this many entries (prompt vectors, and the answers they point at); past it the least recently used go (in memory; in Redis the oldest answers). A search compares against every entry of its partition, so this also bounds the time of a search.","type":"integer","minimum":1,"maximum":1000000,"default":10000},"maxBytes":{"description":"In memory: at most this many bytes of stored answers, all together; past it the least recently used go (in Redis the bound is maxEntries x maxEntryBytes).","type":"integer","minimum":1024,"default":67108864},"maxEntryBytes":{"description":"The largest answer kept, in bytes (a stream: all its chunks); a larger answer is passed on and not stored.","type":"integer","minimum":256,"default":1048576},"ttlSeconds":{"description":"How long an entry can answer after it was stored.","type":"integer","minimum":1,"default":3600},"syncIntervalMs":{"description":"With `index: shared`: how often each instance loads the entries other instances added.","type":"integer","minimum":10,"maximum":60000,"default":250},"storeTimeoutMs":{"description":"With Redis: how long a store operation (an answer's lookup or write, the shared index's sync) may take before it counts as a store failure: a miss; the outage is logged once and the store skipped for a second before it is tried again.","type":"integer","minimum":1,"maximum":60000,"default":100},"maxChars":{"description":"Texts longer than this (in characters) are not cached: embedding models take a bounded input, and a text cut to fit would match any other text that starts the same.","type":"integer","minimum":1,"default":16000},"embeddingTimeoutMs":{"description":"How long to wait for the embedding node; past it the request is a miss and goes on to the model.","type":"integer","minimum":1,"maximum":60000,"default":2000},"pace":{"description":"Replay a stored stream at the pace it first arrived (each chunk at its original offset from the first) instead of all at once.","type":"boolean","default":false}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime_ucs2length;
const pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9_-]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.encodingFormat === undefined){
data.encodingFormat = "float";
}
if(data.threshold === undefined){
data.threshold = 0.845;
}
if(data.turns === undefined){
data.turns = "last-user";
}
if(data.partition === undefined){
data.partition = "none";
}
if(data.index === undefined){
data.index = "embedded";
}
if(data.maxEntries === undefined){
data.maxEntries = 10000;
}
if(data.maxBytes === undefined){
data.maxBytes = 67108864;
}
if(data.maxEntryBytes === undefined){
data.maxEntryBytes = 1048576;
}
if(data.ttlSeconds === undefined){
data.ttlSeconds = 3600;
}
if(data.syncIntervalMs === undefined){
data.syncIntervalMs = 250;
}
if(data.storeTimeoutMs === undefined){
data.storeTimeoutMs = 100;
}
if(data.maxChars === undefined){
data.maxChars = 16000;
}
if(data.embeddingTimeoutMs === undefined){
data.embeddingTimeoutMs = 2000;
}
if(data.pace === undefined){
data.pace = false;
}
if(data.node === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "node"},message:"must have required property '"+"node"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.embeddingModel === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "embeddingModel"},message:"must have required property '"+"embeddingModel"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.node !== undefined){
let data0 = data.node;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.embeddingModel !== undefined){
let data1 = data.embeddingModel;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/embeddingModel",schemaPath:"#/properties/embeddingModel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err6 = {instancePath:instancePath+"/embeddingModel",schemaPath:"#/properties/embeddingModel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.dimensions !== undefined){
let data2 = data.dimensions;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/dimensions",schemaPath:"#/properties/dimensions/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 8192 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/dimensions",schemaPath:"#/properties/dimensions/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/dimensions",schemaPath:"#/properties/dimensions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
let data3 = data.encodingFormat;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/encodingFormat",schemaPath:"#/properties/encodingFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data3 === "float") || (data3 === "base64"))){
const err11 = {instancePath:instancePath+"/encodingFormat",schemaPath:"#/properties/encodingFormat/enum",keyword:"enum",params:{allowedValues: schema11.properties.encodingFormat.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
let data4 = data.threshold;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
let data5 = data.turns;
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/turns",schemaPath:"#/properties/turns/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data5 === "last-user") || (data5 === "all"))){
const err16 = {instancePath:instancePath+"/turns",schemaPath:"#/properties/turns/enum",keyword:"enum",params:{allowedValues: schema11.properties.turns.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
let data6 = data.partition;
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/partition",schemaPath:"#/properties/partition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(((data6 === "none") || (data6 === "key")) || (data6 === "team"))){
const err18 = {instancePath:instancePath+"/partition",schemaPath:"#/properties/partition/enum",keyword:"enum",params:{allowedValues: schema11.properties.partition.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
let data7 = data.index;
if(typeof data7 !== "string"){
const err19 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((data7 === "embedded") || (data7 === "shared"))){
const err20 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/enum",keyword:"enum",params:{allowedValues: schema11.properties.index.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
let data8 = data.maxEntries;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/maxEntries",schemaPath:"#/properties/maxEntries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1000000 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/maxEntries",schemaPath:"#/properties/maxEntries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/maxEntries",schemaPath:"#/properties/maxEntries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
let data9 = data.maxBytes;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err24 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/properties/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1024 || isNaN(data9)){
const err25 = {instancePath:instancePath+"/maxBytes",schemaPath:"#/properties/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let data10 = data.maxEntryBytes;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err26 = {instancePath:instancePath+"/maxEntryBytes",schemaPath:"#/properties/maxEntryBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 256 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/maxEntryBytes",schemaPath:"#/properties/maxEntryBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 256},message:"must be >= 256"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
let data11 = data.ttlSeconds;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err28 = {instancePath:instancePath+"/ttlSeconds",schemaPath:"#/properties/ttlSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err29 = {instancePath:instancePath+"/ttlSeconds",schemaPath:"#/properties/ttlSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
let data12 = data.syncIntervalMs;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err30 = {instancePath:instancePath+"/syncIntervalMs",schemaPath:"#/properties/syncIntervalMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 60000 || isNaN(data12)){
const err31 = {instancePath:instancePath+"/syncIntervalMs",schemaPath:"#/properties/syncIntervalMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data12 < 10 || isNaN(data12)){
const err32 = {instancePath:instancePath+"/syncIntervalMs",schemaPath:"#/properties/syncIntervalMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
let data13 = data.storeTimeoutMs;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err33 = {instancePath:instancePath+"/storeTimeoutMs",schemaPath:"#/properties/storeTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 60000 || isNaN(data13)){
const err34 = {instancePath:instancePath+"/storeTimeoutMs",schemaPath:"#/properties/storeTimeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err35 = {instancePath:instancePath+"/storeTimeoutMs",schemaPath:"#/properties/storeTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let data14 = data.maxChars;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err36 = {instancePath:instancePath+"/maxChars",schemaPath:"#/properties/maxChars/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err37 = {instancePath:instancePath+"/maxChars",schemaPath:"#/properties/maxChars/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
let data15 = data.embeddingTimeoutMs;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err38 = {instancePath:instancePath+"/embeddingTimeoutMs",schemaPath:"#/properties/embeddingTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 60000 || isNaN(data15)){
const err39 = {instancePath:instancePath+"/embeddingTimeoutMs",schemaPath:"#/properties/embeddingTimeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err40 = {instancePath:instancePath+"/embeddingTimeoutMs",schemaPath:"#/properties/embeddingTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(typeof data.pace !== "boolean"){
const err41 = {instancePath:instancePath+"/pace",schemaPath:"#/properties/pace/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
