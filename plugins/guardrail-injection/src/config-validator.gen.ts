// GENERATED FILE - do not edit. Source: plugins/guardrail-injection/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"InjectionGuardrailConfig","description":"The prompt-injection guardrail: scores each prompt 0..1 with weighted rules over a normalised copy of the text (lowercase, diacritics folded, leetspeak and homoglyphs read as letters, invisible characters removed) and flags it at or above the threshold.","type":"object","additionalProperties":false,"properties":{"on":{"$ref":"#/definitions/GuardrailSides"},"action":{"$ref":"#/definitions/GuardrailAction"},"roles":{"$ref":"#/definitions/GuardrailRoles"},"message":{"$ref":"#/definitions/GuardrailMessage"},"stream":{"$ref":"#/definitions/GuardrailStream"},"threshold":{"description":"Score at or above which a prompt counts as an injection. 0.5 (chosen on the training split of deepset/prompt-injections, see the package README) needs one strong signal or several weak ones; lower it to catch more at the cost of more false positives.","type":"number","minimum":0,"maximum":1,"default":0.5},"categories":{"description":"The kinds of injection to detect: instruction overrides (\"ignore the previous instructions\"), role-play jailbreaks (DAN, developer mode), system-prompt extraction, encoded or hidden payloads (base64, invisible and tag characters, bidi overrides, homoglyphs, leetspeak), delimiter injection (fake \"system:\" markers, chat-template tokens). All by default.","type":"array","items":{"type":"string","enum":["instruction-override","role-play","prompt-extraction","encoded-payload","delimiter-injection"]},"uniqueItems":true,"default":["instruction-override","role-play","prompt-extraction","encoded-payload","delimiter-injection"]},"patterns":{"description":"Extra patterns, scored like the built-in rules (noisy-OR of the weights of the patterns and rules that match). Each is matched against the whole normalised prompt, so a slow regular expression slows every request.","type":"array","items":{"type":"object","additionalProperties":false,"required":["pattern","weight"],"properties":{"pattern":{"description":"A JavaScript regular expression (compiled with the u flag), matched against the normalised prompt: lowercase, ä -> a and ß -> ss, one space between words. Write it in lowercase.","type":"string","minLength":1},"weight":{"description":"How strongly a match suggests an injection.","type":"number","exclusiveMinimum":0,"maximum":1},"label":{"description":"The label of its signals.","type":"string","minLength":1,"default":"custom"}}}}},"definitions":{"GuardrailSides":{"description":"What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: [\"input\"].","type":"array","items":{"enum":["input","output"]},"minItems":1,"uniqueItems":true,"default":["input"]},"GuardrailAction":{"description":"What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.","enum":["deny","flag","mask","fallback"],"default":"deny"},"GuardrailRoles":{"description":"Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.","type":"array","items":{"enum":["system","developer","user","assistant","tool","function","prompt","input"]},"minItems":1,"uniqueItems":true},"GuardrailMessage":{"description":"The message a denied client gets. Default: names the node and the failing checks.","type":"string","minLength":1},"GuardrailStream":{"description":"How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.","type":"object","additionalProperties":false,"properties":{"holdBackChars":{"description":"How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.","type":"integer","minimum":1,"maximum":65536,"default":128}}}}};
const schema12 = {"description":"What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: [\"input\"].","type":"array","items":{"enum":["input","output"]},"minItems":1,"uniqueItems":true,"default":["input"]};
const schema13 = {"description":"What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.","enum":["deny","flag","mask","fallback"],"default":"deny"};
const schema14 = {"description":"Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.","type":"array","items":{"enum":["system","developer","user","assistant","tool","function","prompt","input"]},"minItems":1,"uniqueItems":true};
const schema15 = {"description":"The message a denied client gets. Default: names the node and the failing checks.","type":"string","minLength":1};
const schema16 = {"description":"How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.","type":"object","additionalProperties":false,"properties":{"holdBackChars":{"description":"How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.","type":"integer","minimum":1,"maximum":65536,"default":128}}};
const func0 = runtime_equal;
const func4 = runtime_ucs2length;

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
if(!((((((((key0 === "on") || (key0 === "action")) || (key0 === "roles")) || (key0 === "message")) || (key0 === "stream")) || (key0 === "threshold")) || (key0 === "categories")) || (key0 === "patterns"))){
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
if(data.on !== undefined){
let data0 = data.on;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/on",schemaPath:"#/definitions/GuardrailSides/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!((data1 === "input") || (data1 === "output"))){
const err2 = {instancePath:instancePath+"/on/" + i0,schemaPath:"#/definitions/GuardrailSides/items/enum",keyword:"enum",params:{allowedValues: schema12.items.enum},message:"must be equal to one of the allowed values"};
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
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err3 = {instancePath:instancePath+"/on",schemaPath:"#/definitions/GuardrailSides/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/on",schemaPath:"#/definitions/GuardrailSides/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.action !== undefined){
let data2 = data.action;
if(!((((data2 === "deny") || (data2 === "flag")) || (data2 === "mask")) || (data2 === "fallback"))){
const err5 = {instancePath:instancePath+"/action",schemaPath:"#/definitions/GuardrailAction/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.roles !== undefined){
let data3 = data.roles;
if(Array.isArray(data3)){
if(data3.length < 1){
const err6 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/GuardrailRoles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len1 = data3.length;
for(let i2=0; i2<len1; i2++){
let data4 = data3[i2];
if(!((((((((data4 === "system") || (data4 === "developer")) || (data4 === "user")) || (data4 === "assistant")) || (data4 === "tool")) || (data4 === "function")) || (data4 === "prompt")) || (data4 === "input"))){
const err7 = {instancePath:instancePath+"/roles/" + i2,schemaPath:"#/definitions/GuardrailRoles/items/enum",keyword:"enum",params:{allowedValues: schema14.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i3 = data3.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data3[i3], data3[j1])){
const err8 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/GuardrailRoles/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/GuardrailRoles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.message !== undefined){
let data5 = data.message;
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err10 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/GuardrailMessage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/GuardrailMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.stream !== undefined){
let data6 = data.stream;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.holdBackChars === undefined){
data6.holdBackChars = 128;
}
for(const key1 in data6){
if(!(key1 === "holdBackChars")){
const err12 = {instancePath:instancePath+"/stream",schemaPath:"#/definitions/GuardrailStream/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let data7 = data6.holdBackChars;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err13 = {instancePath:instancePath+"/stream/holdBackChars",schemaPath:"#/definitions/GuardrailStream/properties/holdBackChars/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 65536 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/stream/holdBackChars",schemaPath:"#/definitions/GuardrailStream/properties/holdBackChars/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65536},message:"must be <= 65536"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/stream/holdBackChars",schemaPath:"#/definitions/GuardrailStream/properties/holdBackChars/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
else {
const err16 = {instancePath:instancePath+"/stream",schemaPath:"#/definitions/GuardrailStream/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let data8 = data.threshold;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1 || isNaN(data8)){
const err17 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err18 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
let data9 = data.categories;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i4=0; i4<len2; i4++){
let data10 = data9[i4];
if(typeof data10 !== "string"){
const err20 = {instancePath:instancePath+"/categories/" + i4,schemaPath:"#/properties/categories/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(((((data10 === "instruction-override") || (data10 === "role-play")) || (data10 === "prompt-extraction")) || (data10 === "encoded-payload")) || (data10 === "delimiter-injection"))){
const err21 = {instancePath:instancePath+"/categories/" + i4,schemaPath:"#/properties/categories/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.categories.items.enum},message:"must be equal to one of the allowed values"};
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
const indices0 = {};
for(;i5--;){
let item0 = data9[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j2 = indices0[item0];
const err22 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break;
}
indices0[item0] = i5;
}
}
}
else {
const err23 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.patterns !== undefined){
let data11 = data.patterns;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i6=0; i6<len3; i6++){
let data12 = data11[i6];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.label === undefined){
data12.label = "custom";
}
if(data12.pattern === undefined){
const err24 = {instancePath:instancePath+"/patterns/" + i6,schemaPath:"#/properties/patterns/items/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12.weight === undefined){
const err25 = {instancePath:instancePath+"/patterns/" + i6,schemaPath:"#/properties/patterns/items/required",keyword:"required",params:{missingProperty: "weight"},message:"must have required property '"+"weight"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data12){
if(!(((key2 === "pattern") || (key2 === "weight")) || (key2 === "label"))){
const err26 = {instancePath:instancePath+"/patterns/" + i6,schemaPath:"#/properties/patterns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data12.pattern !== undefined){
let data13 = data12.pattern;
if(typeof data13 === "string"){
if(func4(data13) < 1){
const err27 = {instancePath:instancePath+"/patterns/" + i6+"/pattern",schemaPath:"#/properties/patterns/items/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/patterns/" + i6+"/pattern",schemaPath:"#/properties/patterns/items/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data12.weight !== undefined){
let data14 = data12.weight;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 1 || isNaN(data14)){
const err29 = {instancePath:instancePath+"/patterns/" + i6+"/weight",schemaPath:"#/properties/patterns/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data14 <= 0 || isNaN(data14)){
const err30 = {instancePath:instancePath+"/patterns/" + i6+"/weight",schemaPath:"#/properties/patterns/items/properties/weight/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err31 = {instancePath:instancePath+"/patterns/" + i6+"/weight",schemaPath:"#/properties/patterns/items/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
let data15 = data12.label;
if(typeof data15 === "string"){
if(func4(data15) < 1){
const err32 = {instancePath:instancePath+"/patterns/" + i6+"/label",schemaPath:"#/properties/patterns/items/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/patterns/" + i6+"/label",schemaPath:"#/properties/patterns/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/patterns/" + i6,schemaPath:"#/properties/patterns/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
