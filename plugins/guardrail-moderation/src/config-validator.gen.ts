// GENERATED FILE - do not edit. Source: plugins/guardrail-moderation/schema/config.json. Regenerate with `pnpm gen`.

// @ts-nocheck -- ajv's generated JavaScript; the exports are typed below.
import runtime_equal_module from "ajv/dist/runtime/equal.js";
const runtime_equal = runtime_equal_module.default ?? runtime_equal_module;
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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"ModerationGuardrailConfig","description":"Asks a moderation model about the texts of a request (or of its answer) through a provider node this node uses, and fails a check for each category the model flags (or whose score reaches its threshold).","type":"object","additionalProperties":false,"required":["node"],"properties":{"node":{"description":"The id of the provider (or router) node that answers /v1/moderations: a providers-openai, providers-mistral or providers-mock node. It must be listed in this node's `uses`, and is best a node of its own (a node whose `model` is forced would force it on moderations too).","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]*$"},"model":{"description":"The moderation model to ask for (omni-moderation-latest, mistral-moderation-latest...). Default: none is named, and the provider uses its own default.","type":"string","minLength":1},"categories":{"description":"The categories that count, by the name the answer gives them (OpenAI's: harassment, harassment/threatening, hate, hate/threatening, illicit, illicit/violent, self-harm, self-harm/intent, self-harm/instructions, sexual, sexual/minors, violence, violence/graphic; a provider may add its own, such as Mistral's pii). Default: every category the answer reports.","type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true},"thresholds":{"description":"A score (0..1) per category at which it fails, instead of the model's own flag: a category with a threshold fails when its score reaches it, flagged or not; one without fails when the model flags it. Each category named here must be one that counts (see categories).","type":"object","additionalProperties":{"type":"number","minimum":0,"maximum":1}},"on":{"$ref":"#/definitions/GuardrailSides"},"action":{"$ref":"#/definitions/GuardrailAction"},"roles":{"$ref":"#/definitions/GuardrailRoles"},"message":{"$ref":"#/definitions/GuardrailMessage"},"stream":{"$ref":"#/definitions/GuardrailStream"}},"definitions":{"GuardrailSides":{"description":"What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: [\"input\"].","type":"array","items":{"enum":["input","output"]},"minItems":1,"uniqueItems":true,"default":["input"]},"GuardrailAction":{"description":"What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.","enum":["deny","flag","mask","fallback"],"default":"deny"},"GuardrailRoles":{"description":"Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.","type":"array","items":{"enum":["system","developer","user","assistant","tool","function","prompt","input"]},"minItems":1,"uniqueItems":true},"GuardrailMessage":{"description":"The message a denied client gets. Default: names the node and the failing checks.","type":"string","minLength":1},"GuardrailStream":{"description":"How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.","type":"object","additionalProperties":false,"properties":{"holdBackChars":{"description":"How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.","type":"integer","minimum":1,"maximum":65536,"default":128}}}}};
const schema12 = {"description":"What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: [\"input\"].","type":"array","items":{"enum":["input","output"]},"minItems":1,"uniqueItems":true,"default":["input"]};
const schema13 = {"description":"What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.","enum":["deny","flag","mask","fallback"],"default":"deny"};
const schema14 = {"description":"Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.","type":"array","items":{"enum":["system","developer","user","assistant","tool","function","prompt","input"]},"minItems":1,"uniqueItems":true};
const schema15 = {"description":"The message a denied client gets. Default: names the node and the failing checks.","type":"string","minLength":1};
const schema16 = {"description":"How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.","type":"object","additionalProperties":false,"properties":{"holdBackChars":{"description":"How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.","type":"integer","minimum":1,"maximum":65536,"default":128}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime_ucs2length;
const func0 = runtime_equal;
const pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9_-]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
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
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.node !== undefined){
let data0 = data.node;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]*$"+"\""};
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
const err3 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.model !== undefined){
let data1 = data.model;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err5 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.categories !== undefined){
let data2 = data.categories;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
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
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err7 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/properties/categories/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err8 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/properties/categories/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err9 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err10 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.thresholds !== undefined){
let data4 = data.thresholds;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
let data5 = data4[key1];
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/thresholds/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/thresholds/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err13 = {instancePath:instancePath+"/thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/thresholds/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err14 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.on !== undefined){
let data6 = data.on;
if(Array.isArray(data6)){
if(data6.length < 1){
const err15 = {instancePath:instancePath+"/on",schemaPath:"#/definitions/GuardrailSides/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
if(!((data7 === "input") || (data7 === "output"))){
const err16 = {instancePath:instancePath+"/on/" + i2,schemaPath:"#/definitions/GuardrailSides/items/enum",keyword:"enum",params:{allowedValues: schema12.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let i3 = data6.length;
let j1;
if(i3 > 1){
outer0:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data6[i3], data6[j1])){
const err17 = {instancePath:instancePath+"/on",schemaPath:"#/definitions/GuardrailSides/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/on",schemaPath:"#/definitions/GuardrailSides/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.action !== undefined){
let data8 = data.action;
if(!((((data8 === "deny") || (data8 === "flag")) || (data8 === "mask")) || (data8 === "fallback"))){
const err19 = {instancePath:instancePath+"/action",schemaPath:"#/definitions/GuardrailAction/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.roles !== undefined){
let data9 = data.roles;
if(Array.isArray(data9)){
if(data9.length < 1){
const err20 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/GuardrailRoles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len2 = data9.length;
for(let i4=0; i4<len2; i4++){
let data10 = data9[i4];
if(!((((((((data10 === "system") || (data10 === "developer")) || (data10 === "user")) || (data10 === "assistant")) || (data10 === "tool")) || (data10 === "function")) || (data10 === "prompt")) || (data10 === "input"))){
const err21 = {instancePath:instancePath+"/roles/" + i4,schemaPath:"#/definitions/GuardrailRoles/items/enum",keyword:"enum",params:{allowedValues: schema14.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i5 = data9.length;
let j2;
if(i5 > 1){
outer1:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data9[i5], data9[j2])){
const err22 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/GuardrailRoles/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err23 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/GuardrailRoles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.message !== undefined){
let data11 = data.message;
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err24 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/GuardrailMessage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/GuardrailMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.stream !== undefined){
let data12 = data.stream;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.holdBackChars === undefined){
data12.holdBackChars = 128;
}
for(const key2 in data12){
if(!(key2 === "holdBackChars")){
const err26 = {instancePath:instancePath+"/stream",schemaPath:"#/definitions/GuardrailStream/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let data13 = data12.holdBackChars;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err27 = {instancePath:instancePath+"/stream/holdBackChars",schemaPath:"#/definitions/GuardrailStream/properties/holdBackChars/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 65536 || isNaN(data13)){
const err28 = {instancePath:instancePath+"/stream/holdBackChars",schemaPath:"#/definitions/GuardrailStream/properties/holdBackChars/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65536},message:"must be <= 65536"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err29 = {instancePath:instancePath+"/stream/holdBackChars",schemaPath:"#/definitions/GuardrailStream/properties/holdBackChars/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/stream",schemaPath:"#/definitions/GuardrailStream/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
