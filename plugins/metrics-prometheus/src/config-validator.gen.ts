// GENERATED FILE - do not edit. Source: plugins/metrics-prometheus/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"PrometheusMetricsConfig","description":"Counts every finished request into Prometheus metrics and serves them at GET /metrics. Nodes with the same id (in several named configs) share one set of metrics; the first such node's settings apply to all of them.","type":"object","additionalProperties":false,"properties":{"prefix":{"description":"Put before every metric name the plugin defines (not before the process and Node.js default metrics, which keep their standard names). Empty for none.","type":"string","pattern":"^([a-zA-Z_:][a-zA-Z0-9_:]*)?$","maxLength":64,"default":"aigw_"},"buckets":{"description":"Histogram bucket upper bounds in seconds, increasing, replacing the defaults: `requestDuration` for request_duration_seconds (default 0.005 ... 120), `overhead` for overhead_seconds (default 0.00005 ... 0.1), `ttft` for time_to_first_token_seconds (default 0.05 ... 30).","type":"object","additionalProperties":false,"properties":{"requestDuration":{"$ref":"#/definitions/Buckets"},"overhead":{"$ref":"#/definitions/Buckets"},"ttft":{"$ref":"#/definitions/Buckets"}}},"maxLabelValues":{"description":"How many distinct values each label keeps; a value seen after the bound is reached is counted as `other` (and in label_values_folded_total). `none` (absent) and `other` do not count towards the bound.","type":"object","additionalProperties":false,"properties":{"key":{"description":"Virtual key ids.","default":100,"type":"integer","minimum":1,"maximum":100000},"model":{"description":"Model names.","default":200,"type":"integer","minimum":1,"maximum":100000},"provider":{"description":"Provider labels.","default":50,"type":"integer","minimum":1,"maximum":100000},"target":{"description":"Provider node ids (attempts, breakers).","default":100,"type":"integer","minimum":1,"maximum":100000},"node":{"description":"Guardrail node ids.","default":100,"type":"integer","minimum":1,"maximum":100000},"check":{"description":"Guardrail check names.","default":100,"type":"integer","minimum":1,"maximum":100000},"code":{"description":"Error codes.","default":100,"type":"integer","minimum":1,"maximum":100000},"other":{"description":"Every other label (endpoint, status, outcome, cache, kind, verdict, action, scope, type).","default":100,"type":"integer","minimum":1,"maximum":100000}}},"defaultMetrics":{"description":"Also export prom-client's process and Node.js runtime metrics (CPU, memory, heap, event loop lag, GC).","type":"boolean","default":true},"includeKey":{"description":"Label tokens_total and cost_usd_total with the virtual key id (`key`). Turn off when keys are many and per-key figures come from the logs instead.","type":"boolean","default":true}},"definitions":{"Buckets":{"type":"array","items":{"type":"number","exclusiveMinimum":0},"minItems":1,"maxItems":50,"description":"Upper bounds in seconds, strictly increasing."}}};
const schema12 = {"type":"array","items":{"type":"number","exclusiveMinimum":0},"minItems":1,"maxItems":50,"description":"Upper bounds in seconds, strictly increasing."};
const func2 = runtime_ucs2length;
const pattern0 = new RegExp("^([a-zA-Z_:][a-zA-Z0-9_:]*)?$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.prefix === undefined){
data.prefix = "aigw_";
}
if(data.defaultMetrics === undefined){
data.defaultMetrics = true;
}
if(data.includeKey === undefined){
data.includeKey = true;
}
for(const key0 in data){
if(!(((((key0 === "prefix") || (key0 === "buckets")) || (key0 === "maxLabelValues")) || (key0 === "defaultMetrics")) || (key0 === "includeKey"))){
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
let data0 = data.prefix;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err1 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/pattern",keyword:"pattern",params:{pattern: "^([a-zA-Z_:][a-zA-Z0-9_:]*)?$"},message:"must match pattern \""+"^([a-zA-Z_:][a-zA-Z0-9_:]*)?$"+"\""};
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
const err3 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.buckets !== undefined){
let data1 = data.buckets;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(((key1 === "requestDuration") || (key1 === "overhead")) || (key1 === "ttft"))){
const err4 = {instancePath:instancePath+"/buckets",schemaPath:"#/properties/buckets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.requestDuration !== undefined){
let data2 = data1.requestDuration;
if(Array.isArray(data2)){
if(data2.length > 50){
const err5 = {instancePath:instancePath+"/buckets/requestDuration",schemaPath:"#/definitions/Buckets/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/buckets/requestDuration",schemaPath:"#/definitions/Buckets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 <= 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/buckets/requestDuration/" + i0,schemaPath:"#/definitions/Buckets/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err8 = {instancePath:instancePath+"/buckets/requestDuration/" + i0,schemaPath:"#/definitions/Buckets/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
else {
const err9 = {instancePath:instancePath+"/buckets/requestDuration",schemaPath:"#/definitions/Buckets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.overhead !== undefined){
let data4 = data1.overhead;
if(Array.isArray(data4)){
if(data4.length > 50){
const err10 = {instancePath:instancePath+"/buckets/overhead",schemaPath:"#/definitions/Buckets/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.length < 1){
const err11 = {instancePath:instancePath+"/buckets/overhead",schemaPath:"#/definitions/Buckets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 <= 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/buckets/overhead/" + i1,schemaPath:"#/definitions/Buckets/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err13 = {instancePath:instancePath+"/buckets/overhead/" + i1,schemaPath:"#/definitions/Buckets/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/buckets/overhead",schemaPath:"#/definitions/Buckets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.ttft !== undefined){
let data6 = data1.ttft;
if(Array.isArray(data6)){
if(data6.length > 50){
const err15 = {instancePath:instancePath+"/buckets/ttft",schemaPath:"#/definitions/Buckets/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.length < 1){
const err16 = {instancePath:instancePath+"/buckets/ttft",schemaPath:"#/definitions/Buckets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 <= 0 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/buckets/ttft/" + i2,schemaPath:"#/definitions/Buckets/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/buckets/ttft/" + i2,schemaPath:"#/definitions/Buckets/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err19 = {instancePath:instancePath+"/buckets/ttft",schemaPath:"#/definitions/Buckets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/buckets",schemaPath:"#/properties/buckets/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.maxLabelValues !== undefined){
let data8 = data.maxLabelValues;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.key === undefined){
data8.key = 100;
}
if(data8.model === undefined){
data8.model = 200;
}
if(data8.provider === undefined){
data8.provider = 50;
}
if(data8.target === undefined){
data8.target = 100;
}
if(data8.node === undefined){
data8.node = 100;
}
if(data8.check === undefined){
data8.check = 100;
}
if(data8.code === undefined){
data8.code = 100;
}
if(data8.other === undefined){
data8.other = 100;
}
for(const key2 in data8){
if(!((((((((key2 === "key") || (key2 === "model")) || (key2 === "provider")) || (key2 === "target")) || (key2 === "node")) || (key2 === "check")) || (key2 === "code")) || (key2 === "other"))){
const err21 = {instancePath:instancePath+"/maxLabelValues",schemaPath:"#/properties/maxLabelValues/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let data9 = data8.key;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err22 = {instancePath:instancePath+"/maxLabelValues/key",schemaPath:"#/properties/maxLabelValues/properties/key/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 100000 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/maxLabelValues/key",schemaPath:"#/properties/maxLabelValues/properties/key/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err24 = {instancePath:instancePath+"/maxLabelValues/key",schemaPath:"#/properties/maxLabelValues/properties/key/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let data10 = data8.model;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/maxLabelValues/model",schemaPath:"#/properties/maxLabelValues/properties/model/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 100000 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/maxLabelValues/model",schemaPath:"#/properties/maxLabelValues/properties/model/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/maxLabelValues/model",schemaPath:"#/properties/maxLabelValues/properties/model/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
let data11 = data8.provider;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err28 = {instancePath:instancePath+"/maxLabelValues/provider",schemaPath:"#/properties/maxLabelValues/properties/provider/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 100000 || isNaN(data11)){
const err29 = {instancePath:instancePath+"/maxLabelValues/provider",schemaPath:"#/properties/maxLabelValues/properties/provider/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err30 = {instancePath:instancePath+"/maxLabelValues/provider",schemaPath:"#/properties/maxLabelValues/properties/provider/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
let data12 = data8.target;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err31 = {instancePath:instancePath+"/maxLabelValues/target",schemaPath:"#/properties/maxLabelValues/properties/target/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 100000 || isNaN(data12)){
const err32 = {instancePath:instancePath+"/maxLabelValues/target",schemaPath:"#/properties/maxLabelValues/properties/target/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err33 = {instancePath:instancePath+"/maxLabelValues/target",schemaPath:"#/properties/maxLabelValues/properties/target/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
let data13 = data8.node;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err34 = {instancePath:instancePath+"/maxLabelValues/node",schemaPath:"#/properties/maxLabelValues/properties/node/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 100000 || isNaN(data13)){
const err35 = {instancePath:instancePath+"/maxLabelValues/node",schemaPath:"#/properties/maxLabelValues/properties/node/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err36 = {instancePath:instancePath+"/maxLabelValues/node",schemaPath:"#/properties/maxLabelValues/properties/node/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
let data14 = data8.check;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err37 = {instancePath:instancePath+"/maxLabelValues/check",schemaPath:"#/properties/maxLabelValues/properties/check/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 100000 || isNaN(data14)){
const err38 = {instancePath:instancePath+"/maxLabelValues/check",schemaPath:"#/properties/maxLabelValues/properties/check/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err39 = {instancePath:instancePath+"/maxLabelValues/check",schemaPath:"#/properties/maxLabelValues/properties/check/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
let data15 = data8.code;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err40 = {instancePath:instancePath+"/maxLabelValues/code",schemaPath:"#/properties/maxLabelValues/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 100000 || isNaN(data15)){
const err41 = {instancePath:instancePath+"/maxLabelValues/code",schemaPath:"#/properties/maxLabelValues/properties/code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err42 = {instancePath:instancePath+"/maxLabelValues/code",schemaPath:"#/properties/maxLabelValues/properties/code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
let data16 = data8.other;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err43 = {instancePath:instancePath+"/maxLabelValues/other",schemaPath:"#/properties/maxLabelValues/properties/other/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 100000 || isNaN(data16)){
const err44 = {instancePath:instancePath+"/maxLabelValues/other",schemaPath:"#/properties/maxLabelValues/properties/other/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err45 = {instancePath:instancePath+"/maxLabelValues/other",schemaPath:"#/properties/maxLabelValues/properties/other/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/maxLabelValues",schemaPath:"#/properties/maxLabelValues/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(typeof data.defaultMetrics !== "boolean"){
const err47 = {instancePath:instancePath+"/defaultMetrics",schemaPath:"#/properties/defaultMetrics/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(typeof data.includeKey !== "boolean"){
const err48 = {instancePath:instancePath+"/includeKey",schemaPath:"#/properties/includeKey/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
