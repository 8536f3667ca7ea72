// GENERATED FILE - do not edit. Source: plugins/logger-postgres/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"PostgresLoggerConfig","description":"Stores every finished request (the RequestRecord) in a PostgreSQL table, in batches that never slow a request; while the database is unreachable, records wait in memory and then on disk. Serves `/admin/logs` to list, fetch and aggregate them.","type":"object","additionalProperties":false,"properties":{"connectionString":{"description":"A libpq connection URI (`postgres://user:pass@host:5432/db`). Prefer `connectionStringEnv` to keep the password out of the config file. Never logged.","type":"string","minLength":1},"connectionStringEnv":{"description":"The environment variable holding the connection URI, read at boot. Used when `connectionString` is not set.","type":"string","minLength":1,"default":"AIGW_POSTGRES_URL"},"schema":{"description":"The PostgreSQL schema holding `aigw_requests` and `aigw_schema_migrations`; created when missing.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,62}$","default":"public"},"batchSize":{"description":"Records per INSERT statement; a batch is written as soon as this many are queued.","type":"integer","minimum":1,"maximum":5000,"default":500},"flushIntervalMs":{"description":"The longest a queued record waits before its batch is written.","type":"integer","minimum":10,"maximum":60000,"default":1000},"maxMemoryRecords":{"description":"Records held in memory (queued, being inserted or being written to disk). From half of this, queued records are moved to the spill directory; when memory is full and the disk cannot keep up, new records are dropped and counted.","type":"integer","minimum":2,"default":10000},"spillDir":{"description":"Where records wait on disk while the database is unreachable (append-only JSON Lines segment files, replayed oldest first on recovery and at the next start). Give each gateway process its own directory.","type":"string","minLength":1,"default":"./logs/pg-spill"},"maxSpillBytes":{"description":"The most the spill directory may hold; beyond it new records are dropped, counted and logged.","type":"integer","minimum":1024,"default":1073741824},"poolSize":{"description":"Connections in the pool (one for writing batches, the rest for the query API and retention).","type":"integer","minimum":2,"maximum":100,"default":4},"connectTimeoutMs":{"description":"How long to wait for a new connection before treating the database as unreachable.","type":"integer","minimum":100,"default":5000},"queryTimeoutMs":{"description":"The longest one statement may run (an insert batch, a query of the API); longer counts as a failure.","type":"integer","minimum":100,"default":15000},"reconnectMaxMs":{"description":"The longest wait between attempts while the database is unreachable (attempts start at 250 ms and double up to this).","type":"integer","minimum":100,"default":5000},"closeTimeoutMs":{"description":"At shutdown, how long to try writing what is queued before moving the rest to the spill directory.","type":"integer","minimum":0,"default":5000},"retentionDays":{"description":"Delete rows older than this many days (in small batches, in the background). Unset: keep everything.","type":"number","exclusiveMinimum":0},"retentionIntervalMs":{"description":"How often the retention sweep runs (the first one a minute after start).","type":"integer","minimum":1000,"default":3600000}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime_ucs2length;
const pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,62}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connectionStringEnv === undefined){
data.connectionStringEnv = "AIGW_POSTGRES_URL";
}
if(data.schema === undefined){
data.schema = "public";
}
if(data.batchSize === undefined){
data.batchSize = 500;
}
if(data.flushIntervalMs === undefined){
data.flushIntervalMs = 1000;
}
if(data.maxMemoryRecords === undefined){
data.maxMemoryRecords = 10000;
}
if(data.spillDir === undefined){
data.spillDir = "./logs/pg-spill";
}
if(data.maxSpillBytes === undefined){
data.maxSpillBytes = 1073741824;
}
if(data.poolSize === undefined){
data.poolSize = 4;
}
if(data.connectTimeoutMs === undefined){
data.connectTimeoutMs = 5000;
}
if(data.queryTimeoutMs === undefined){
data.queryTimeoutMs = 15000;
}
if(data.reconnectMaxMs === undefined){
data.reconnectMaxMs = 5000;
}
if(data.closeTimeoutMs === undefined){
data.closeTimeoutMs = 5000;
}
if(data.retentionIntervalMs === undefined){
data.retentionIntervalMs = 3600000;
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
if(data.connectionString !== undefined){
let data0 = data.connectionString;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err1 = {instancePath:instancePath+"/connectionString",schemaPath:"#/properties/connectionString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err2 = {instancePath:instancePath+"/connectionString",schemaPath:"#/properties/connectionString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let data1 = data.connectionStringEnv;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err3 = {instancePath:instancePath+"/connectionStringEnv",schemaPath:"#/properties/connectionStringEnv/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/connectionStringEnv",schemaPath:"#/properties/connectionStringEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
let data2 = data.schema;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err5 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]{0,62}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]{0,62}$"+"\""};
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
const err6 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
let data3 = data.batchSize;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/batchSize",schemaPath:"#/properties/batchSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 5000 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/batchSize",schemaPath:"#/properties/batchSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000},message:"must be <= 5000"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/batchSize",schemaPath:"#/properties/batchSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let data4 = data.flushIntervalMs;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/flushIntervalMs",schemaPath:"#/properties/flushIntervalMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 60000 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/flushIntervalMs",schemaPath:"#/properties/flushIntervalMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4 < 10 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/flushIntervalMs",schemaPath:"#/properties/flushIntervalMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let data5 = data.maxMemoryRecords;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/maxMemoryRecords",schemaPath:"#/properties/maxMemoryRecords/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 2 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/maxMemoryRecords",schemaPath:"#/properties/maxMemoryRecords/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let data6 = data.spillDir;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err15 = {instancePath:instancePath+"/spillDir",schemaPath:"#/properties/spillDir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/spillDir",schemaPath:"#/properties/spillDir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
let data7 = data.maxSpillBytes;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err17 = {instancePath:instancePath+"/maxSpillBytes",schemaPath:"#/properties/maxSpillBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1024 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/maxSpillBytes",schemaPath:"#/properties/maxSpillBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let data8 = data.poolSize;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err19 = {instancePath:instancePath+"/poolSize",schemaPath:"#/properties/poolSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 100 || isNaN(data8)){
const err20 = {instancePath:instancePath+"/poolSize",schemaPath:"#/properties/poolSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data8 < 2 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/poolSize",schemaPath:"#/properties/poolSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let data9 = data.connectTimeoutMs;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err22 = {instancePath:instancePath+"/connectTimeoutMs",schemaPath:"#/properties/connectTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 100 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/connectTimeoutMs",schemaPath:"#/properties/connectTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
let data10 = data.queryTimeoutMs;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err24 = {instancePath:instancePath+"/queryTimeoutMs",schemaPath:"#/properties/queryTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 100 || isNaN(data10)){
const err25 = {instancePath:instancePath+"/queryTimeoutMs",schemaPath:"#/properties/queryTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let data11 = data.reconnectMaxMs;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err26 = {instancePath:instancePath+"/reconnectMaxMs",schemaPath:"#/properties/reconnectMaxMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 100 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/reconnectMaxMs",schemaPath:"#/properties/reconnectMaxMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
let data12 = data.closeTimeoutMs;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err28 = {instancePath:instancePath+"/closeTimeoutMs",schemaPath:"#/properties/closeTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err29 = {instancePath:instancePath+"/closeTimeoutMs",schemaPath:"#/properties/closeTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.retentionDays !== undefined){
let data13 = data.retentionDays;
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 <= 0 || isNaN(data13)){
const err30 = {instancePath:instancePath+"/retentionDays",schemaPath:"#/properties/retentionDays/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err31 = {instancePath:instancePath+"/retentionDays",schemaPath:"#/properties/retentionDays/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
let data14 = data.retentionIntervalMs;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err32 = {instancePath:instancePath+"/retentionIntervalMs",schemaPath:"#/properties/retentionIntervalMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1000 || isNaN(data14)){
const err33 = {instancePath:instancePath+"/retentionIntervalMs",schemaPath:"#/properties/retentionIntervalMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
