// GENERATED FILE - do not edit. Source: plugins/guardrail-pii/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"GuardrailPiiConfig","description":"Finds personal data and secrets (emails, phone numbers, payment cards, IBANs, national ids, IP addresses, API keys) in requests and answers, and denies, flags or masks them; masked values can be restored in the answer.","type":"object","additionalProperties":false,"properties":{"on":{"$ref":"#/definitions/GuardrailSides"},"action":{"$ref":"#/definitions/GuardrailAction"},"roles":{"$ref":"#/definitions/GuardrailRoles"},"message":{"$ref":"#/definitions/GuardrailMessage"},"stream":{"$ref":"#/definitions/GuardrailStream"},"restore":{"description":"With action mask on the request: put the original values back where the answer (JSON or stream) repeats their placeholders, for the same request only. Needs action: mask and input in on; the gateway refuses to start otherwise. Default: false.","type":"boolean","default":false},"detect":{"description":"The detectors to run, by the label they report. Default: all of them.","type":"array","uniqueItems":true,"items":{"description":"A detector label.","type":"string","enum":["email","phone","card","iban","us_ssn","uk_nino","ca_sin","in_aadhaar","ip_address","secret"]}},"phoneRegions":{"description":"Regions whose national phone number formats are recognised (numbers written with a leading + are recognised whatever the region). Each region costs one libphonenumber check per candidate number that fits its lengths.","type":"array","minItems":1,"uniqueItems":true,"default":["US"],"items":{"description":"An ISO 3166-1 alpha-2 region code, upper case (US, GB, DE...).","type":"string","pattern":"^[A-Z]{2}$"}},"secrets":{"description":"Options of the secret detector (known key formats are always on while the detector is).","type":"object","additionalProperties":false,"properties":{"entropy":{"description":"The detector of long random-looking tokens of unknown formats, or false to turn it off.","oneOf":[{"description":"Turns the entropy detector off.","type":"boolean","const":false},{"description":"The entropy detector's thresholds.","type":"object","additionalProperties":false,"properties":{"minLength":{"description":"Shortest token considered, in characters. Default 20.","type":"integer","minimum":8},"minBitsPerChar":{"description":"Least Shannon entropy of the token's characters, in bits per character (a random base64 token of 40 characters has about 4.5). Default 3.5.","type":"number","exclusiveMinimum":0,"maximum":8},"includeHex":{"description":"Also flag tokens made only of hex digits and dashes (hashes, UUIDs), which are left alone by default. Default false.","type":"boolean"}}}]}}},"allow":{"description":"Regular expressions (JavaScript syntax, no flags) of values never flagged: a detected value that one of them matches as a whole is left in place.","type":"array","items":{"description":"A regular expression matched against a whole detected value (checked when the guardrail starts).","type":"string"}}},"definitions":{"GuardrailSides":{"description":"What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: [\"input\"].","type":"array","items":{"enum":["input","output"]},"minItems":1,"uniqueItems":true,"default":["input"]},"GuardrailAction":{"description":"What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.","enum":["deny","flag","mask","fallback"],"default":"deny"},"GuardrailRoles":{"description":"Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.","type":"array","items":{"enum":["system","developer","user","assistant","tool","function","prompt","input"]},"minItems":1,"uniqueItems":true},"GuardrailMessage":{"description":"The message a denied client gets. Default: names the node and the failing checks.","type":"string","minLength":1},"GuardrailStream":{"description":"How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.","type":"object","additionalProperties":false,"properties":{"holdBackChars":{"description":"How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.","type":"integer","minimum":1,"maximum":65536,"default":128}}}}};
const schema12 = {"description":"What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: [\"input\"].","type":"array","items":{"enum":["input","output"]},"minItems":1,"uniqueItems":true,"default":["input"]};
const schema13 = {"description":"What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.","enum":["deny","flag","mask","fallback"],"default":"deny"};
const schema14 = {"description":"Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.","type":"array","items":{"enum":["system","developer","user","assistant","tool","function","prompt","input"]},"minItems":1,"uniqueItems":true};
const schema15 = {"description":"The message a denied client gets. Default: names the node and the failing checks.","type":"string","minLength":1};
const schema16 = {"description":"How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.","type":"object","additionalProperties":false,"properties":{"holdBackChars":{"description":"How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.","type":"integer","minimum":1,"maximum":65536,"default":128}}};
const func2 = Object.prototype.hasOwnProperty;
const func0 = runtime_equal;
const func5 = runtime_ucs2length;
const pattern0 = new RegExp("^[A-Z]{2}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.restore === undefined){
data.restore = false;
}
if(data.phoneRegions === undefined){
data.phoneRegions = ["US"];
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
if(func5(data5) < 1){
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
if(typeof data.restore !== "boolean"){
const err17 = {instancePath:instancePath+"/restore",schemaPath:"#/properties/restore/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.detect !== undefined){
let data9 = data.detect;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i4=0; i4<len2; i4++){
let data10 = data9[i4];
if(typeof data10 !== "string"){
const err18 = {instancePath:instancePath+"/detect/" + i4,schemaPath:"#/properties/detect/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((((((((data10 === "email") || (data10 === "phone")) || (data10 === "card")) || (data10 === "iban")) || (data10 === "us_ssn")) || (data10 === "uk_nino")) || (data10 === "ca_sin")) || (data10 === "in_aadhaar")) || (data10 === "ip_address")) || (data10 === "secret"))){
const err19 = {instancePath:instancePath+"/detect/" + i4,schemaPath:"#/properties/detect/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.detect.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
const err20 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
break;
}
indices0[item0] = i5;
}
}
}
else {
const err21 = {instancePath:instancePath+"/detect",schemaPath:"#/properties/detect/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let data11 = data.phoneRegions;
if(Array.isArray(data11)){
if(data11.length < 1){
const err22 = {instancePath:instancePath+"/phoneRegions",schemaPath:"#/properties/phoneRegions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len3 = data11.length;
for(let i6=0; i6<len3; i6++){
let data12 = data11[i6];
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
const err23 = {instancePath:instancePath+"/phoneRegions/" + i6,schemaPath:"#/properties/phoneRegions/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/phoneRegions/" + i6,schemaPath:"#/properties/phoneRegions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let i7 = data11.length;
let j3;
if(i7 > 1){
const indices1 = {};
for(;i7--;){
let item1 = data11[i7];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j3 = indices1[item1];
const err25 = {instancePath:instancePath+"/phoneRegions",schemaPath:"#/properties/phoneRegions/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
break;
}
indices1[item1] = i7;
}
}
}
else {
const err26 = {instancePath:instancePath+"/phoneRegions",schemaPath:"#/properties/phoneRegions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data.secrets !== undefined){
let data13 = data.secrets;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
if(!(key2 === "entropy")){
const err27 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data13.entropy !== undefined){
let data14 = data13.entropy;
const _errs35 = errors;
let valid20 = false;
let passing0 = null;
const _errs36 = errors;
if(typeof data14 !== "boolean"){
const err28 = {instancePath:instancePath+"/secrets/entropy",schemaPath:"#/properties/secrets/properties/entropy/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(false !== data14){
const err29 = {instancePath:instancePath+"/secrets/entropy",schemaPath:"#/properties/secrets/properties/entropy/oneOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs36 === errors;
if(_valid0){
valid20 = true;
passing0 = 0;
}
const _errs38 = errors;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key3 in data14){
if(!(((key3 === "minLength") || (key3 === "minBitsPerChar")) || (key3 === "includeHex"))){
const err30 = {instancePath:instancePath+"/secrets/entropy",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data14.minLength !== undefined){
let data15 = data14.minLength;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err31 = {instancePath:instancePath+"/secrets/entropy/minLength",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/properties/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 8 || isNaN(data15)){
const err32 = {instancePath:instancePath+"/secrets/entropy/minLength",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/properties/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 8},message:"must be >= 8"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data14.minBitsPerChar !== undefined){
let data16 = data14.minBitsPerChar;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 8 || isNaN(data16)){
const err33 = {instancePath:instancePath+"/secrets/entropy/minBitsPerChar",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/properties/minBitsPerChar/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8},message:"must be <= 8"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data16 <= 0 || isNaN(data16)){
const err34 = {instancePath:instancePath+"/secrets/entropy/minBitsPerChar",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/properties/minBitsPerChar/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/secrets/entropy/minBitsPerChar",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/properties/minBitsPerChar/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data14.includeHex !== undefined){
if(typeof data14.includeHex !== "boolean"){
const err36 = {instancePath:instancePath+"/secrets/entropy/includeHex",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/properties/includeHex/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/secrets/entropy",schemaPath:"#/properties/secrets/properties/entropy/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid0 = _errs38 === errors;
if(_valid0 && valid20){
valid20 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid20 = true;
passing0 = 1;
}
}
if(!valid20){
const err38 = {instancePath:instancePath+"/secrets/entropy",schemaPath:"#/properties/secrets/properties/entropy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err39 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.allow !== undefined){
let data18 = data.allow;
if(Array.isArray(data18)){
const len4 = data18.length;
for(let i8=0; i8<len4; i8++){
if(typeof data18[i8] !== "string"){
const err40 = {instancePath:instancePath+"/allow/" + i8,schemaPath:"#/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
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
