// GENERATED FILE - do not edit. Source: plugins/guardrail-pii/schema/config.json. Regenerate with `pnpm gen`.

// @ts-nocheck -- ajv's generated JavaScript; the exports are typed below.

/** A precompiled validator: ajv's ValidateFunction, as far as aigw uses it. */
export type Validator = {
  (data: unknown): boolean;
  errors?:
    | { keyword: string; instancePath: string; schemaPath: string; params: Record<string, unknown>; message?: string }[]
    | null;
};

export const validateConfig: Validator = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"GuardrailPiiConfig","description":"Which kinds of personal data and secrets the PII guardrail looks for, and how.","type":"object","additionalProperties":false,"properties":{"detect":{"description":"The detectors to run, by the label they report. Default: all of them.","type":"array","uniqueItems":true,"items":{"description":"A detector label.","type":"string","enum":["email","phone","card","iban","us_ssn","uk_nino","ca_sin","in_aadhaar","ip_address","secret"]}},"phoneRegions":{"description":"Regions whose national phone number formats are recognised (numbers written with a leading + are recognised whatever the region). Each region costs one libphonenumber check per candidate number that fits its lengths.","type":"array","minItems":1,"uniqueItems":true,"default":["US"],"items":{"description":"An ISO 3166-1 alpha-2 region code, upper case (US, GB, DE...).","type":"string","pattern":"^[A-Z]{2}$"}},"secrets":{"description":"Options of the secret detector (known key formats are always on while the detector is).","type":"object","additionalProperties":false,"properties":{"entropy":{"description":"The detector of long random-looking tokens of unknown formats, or false to turn it off.","oneOf":[{"description":"Turns the entropy detector off.","type":"boolean","const":false},{"description":"The entropy detector's thresholds.","type":"object","additionalProperties":false,"properties":{"minLength":{"description":"Shortest token considered, in characters. Default 20.","type":"integer","minimum":8},"minBitsPerChar":{"description":"Least Shannon entropy of the token's characters, in bits per character (a random base64 token of 40 characters has about 4.5). Default 3.5.","type":"number","exclusiveMinimum":0,"maximum":8},"includeHex":{"description":"Also flag tokens made only of hex digits and dashes (hashes, UUIDs), which are left alone by default. Default false.","type":"boolean"}}}]}}},"allow":{"description":"Regular expressions (JavaScript syntax, no flags) of values never flagged: a detected value that one of them matches as a whole is left in place.","type":"array","items":{"description":"A regular expression matched against a whole detected value (checked when the guardrail starts).","type":"string"}}}};
const pattern0 = new RegExp("^[A-Z]{2}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.phoneRegions === undefined){
data.phoneRegions = ["US"];
}
for(const key0 in data){
if(!((((key0 === "detect") || (key0 === "phoneRegions")) || (key0 === "secrets")) || (key0 === "allow"))){
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
if(data.detect !== undefined){
let data0 = data.detect;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/detect/" + i0,schemaPath:"#/properties/detect/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((((((((((data1 === "email") || (data1 === "phone")) || (data1 === "card")) || (data1 === "iban")) || (data1 === "us_ssn")) || (data1 === "uk_nino")) || (data1 === "ca_sin")) || (data1 === "in_aadhaar")) || (data1 === "ip_address")) || (data1 === "secret"))){
const err2 = {instancePath:instancePath+"/detect/" + i0,schemaPath:"#/properties/detect/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.detect.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err3 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err4 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let data2 = data.phoneRegions;
if(Array.isArray(data2)){
if(data2.length < 1){
const err5 = {instancePath:instancePath+"/phoneRegions",schemaPath:"#/properties/phoneRegions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err6 = {instancePath:instancePath+"/phoneRegions/" + i2,schemaPath:"#/properties/phoneRegions/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""};
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
const err7 = {instancePath:instancePath+"/phoneRegions/" + i2,schemaPath:"#/properties/phoneRegions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i3 = data2.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data2[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err8 = {instancePath:instancePath+"/phoneRegions",schemaPath:"#/properties/phoneRegions/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err9 = {instancePath:instancePath+"/phoneRegions",schemaPath:"#/properties/phoneRegions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.secrets !== undefined){
let data4 = data.secrets;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(key1 === "entropy")){
const err10 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.entropy !== undefined){
let data5 = data4.entropy;
const _errs14 = errors;
let valid8 = false;
let passing0 = null;
const _errs15 = errors;
if(typeof data5 !== "boolean"){
const err11 = {instancePath:instancePath+"/secrets/entropy",schemaPath:"#/properties/secrets/properties/entropy/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(false !== data5){
const err12 = {instancePath:instancePath+"/secrets/entropy",schemaPath:"#/properties/secrets/properties/entropy/oneOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0){
valid8 = true;
passing0 = 0;
}
const _errs17 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(!(((key2 === "minLength") || (key2 === "minBitsPerChar")) || (key2 === "includeHex"))){
const err13 = {instancePath:instancePath+"/secrets/entropy",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.minLength !== undefined){
let data6 = data5.minLength;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/secrets/entropy/minLength",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/properties/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 8 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/secrets/entropy/minLength",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/properties/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 8},message:"must be >= 8"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data5.minBitsPerChar !== undefined){
let data7 = data5.minBitsPerChar;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 8 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/secrets/entropy/minBitsPerChar",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/properties/minBitsPerChar/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8},message:"must be <= 8"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7 <= 0 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/secrets/entropy/minBitsPerChar",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/properties/minBitsPerChar/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err18 = {instancePath:instancePath+"/secrets/entropy/minBitsPerChar",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/properties/minBitsPerChar/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.includeHex !== undefined){
if(typeof data5.includeHex !== "boolean"){
const err19 = {instancePath:instancePath+"/secrets/entropy/includeHex",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/properties/includeHex/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err20 = {instancePath:instancePath+"/secrets/entropy",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0 && valid8){
valid8 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid8 = true;
passing0 = 1;
}
}
if(!valid8){
const err21 = {instancePath:instancePath+"/secrets/entropy",schemaPath:"#/properties/secrets/properties/entropy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.allow !== undefined){
let data9 = data.allow;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i4=0; i4<len2; i4++){
if(typeof data9[i4] !== "string"){
const err23 = {instancePath:instancePath+"/allow/" + i4,schemaPath:"#/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
