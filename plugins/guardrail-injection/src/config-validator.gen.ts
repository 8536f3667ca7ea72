// GENERATED FILE - do not edit. Source: plugins/guardrail-injection/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"InjectionGuardrailConfig","description":"The detector of the prompt-injection guardrail: scores each prompt 0..1 with weighted rules over a normalised copy of the text (lowercase, diacritics folded, leetspeak and homoglyphs read as letters, invisible characters removed) and flags it at or above the threshold.","type":"object","additionalProperties":false,"properties":{"threshold":{"description":"Score at or above which a prompt counts as an injection. 0.5 (chosen on the training split of deepset/prompt-injections, see the package README) needs one strong signal or several weak ones; lower it to catch more at the cost of more false positives.","type":"number","minimum":0,"maximum":1,"default":0.5},"categories":{"description":"The kinds of injection to detect: instruction overrides (\"ignore the previous instructions\"), role-play jailbreaks (DAN, developer mode), system-prompt extraction, encoded or hidden payloads (base64, invisible and tag characters, bidi overrides, homoglyphs, leetspeak), delimiter injection (fake \"system:\" markers, chat-template tokens). All by default.","type":"array","items":{"type":"string","enum":["instruction-override","role-play","prompt-extraction","encoded-payload","delimiter-injection"]},"uniqueItems":true,"default":["instruction-override","role-play","prompt-extraction","encoded-payload","delimiter-injection"]},"patterns":{"description":"Extra patterns, scored like the built-in rules (noisy-OR of the weights of the patterns and rules that match). Each is matched against the whole normalised prompt, so a slow regular expression slows every request.","type":"array","items":{"type":"object","additionalProperties":false,"required":["pattern","weight"],"properties":{"pattern":{"description":"A JavaScript regular expression (compiled with the u flag), matched against the normalised prompt: lowercase, ä -> a and ß -> ss, one space between words. Write it in lowercase.","type":"string","minLength":1},"weight":{"description":"How strongly a match suggests an injection.","type":"number","exclusiveMinimum":0,"maximum":1},"label":{"description":"The label of its signals.","type":"string","minLength":1,"default":"custom"}}}}}};
const func2 = runtime_ucs2length;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.threshold === undefined){
data.threshold = 0.5;
}
if(data.categories === undefined){
data.categories = ["instruction-override","role-play","prompt-extraction","encoded-payload","delimiter-injection"];
}
for(const key0 in data){
if(!(((key0 === "threshold") || (key0 === "categories")) || (key0 === "patterns"))){
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
let data0 = data.threshold;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err3 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
let data1 = data.categories;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/properties/categories/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((((data2 === "instruction-override") || (data2 === "role-play")) || (data2 === "prompt-extraction")) || (data2 === "encoded-payload")) || (data2 === "delimiter-injection"))){
const err5 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/properties/categories/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.categories.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err6 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err7 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.patterns !== undefined){
let data3 = data.patterns;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i2=0; i2<len1; i2++){
let data4 = data3[i2];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.label === undefined){
data4.label = "custom";
}
if(data4.pattern === undefined){
const err8 = {instancePath:instancePath+"/patterns/" + i2,schemaPath:"#/properties/patterns/items/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4.weight === undefined){
const err9 = {instancePath:instancePath+"/patterns/" + i2,schemaPath:"#/properties/patterns/items/required",keyword:"required",params:{missingProperty: "weight"},message:"must have required property '"+"weight"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data4){
if(!(((key1 === "pattern") || (key1 === "weight")) || (key1 === "label"))){
const err10 = {instancePath:instancePath+"/patterns/" + i2,schemaPath:"#/properties/patterns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.pattern !== undefined){
let data5 = data4.pattern;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err11 = {instancePath:instancePath+"/patterns/" + i2+"/pattern",schemaPath:"#/properties/patterns/items/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/patterns/" + i2+"/pattern",schemaPath:"#/properties/patterns/items/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.weight !== undefined){
let data6 = data4.weight;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/patterns/" + i2+"/weight",schemaPath:"#/properties/patterns/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6 <= 0 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/patterns/" + i2+"/weight",schemaPath:"#/properties/patterns/items/properties/weight/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/patterns/" + i2+"/weight",schemaPath:"#/properties/patterns/items/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
let data7 = data4.label;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err16 = {instancePath:instancePath+"/patterns/" + i2+"/label",schemaPath:"#/properties/patterns/items/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/patterns/" + i2+"/label",schemaPath:"#/properties/patterns/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/patterns/" + i2,schemaPath:"#/properties/patterns/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
