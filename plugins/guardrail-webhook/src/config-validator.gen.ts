// GENERATED FILE - do not edit. Source: plugins/guardrail-webhook/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"WebhookGuardrailConfig","description":"Sends the texts of a request (or of its answer) to an external check service over HTTP and applies the verdicts it returns. The wire contract is in this package's README and schema/wire.json.","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"description":"The check service's endpoint; each check is one POST of JSON to it.","type":"string","pattern":"^https?://[^\\s/?#]+"},"headers":{"description":"Static headers sent with every call (a tenant id, a version). Put secrets in headersFromEnv instead, so they stay out of config files.","type":"object","propertyNames":{"pattern":"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},"additionalProperties":{"type":"string","pattern":"^[^\\r\\n]*$"}},"headersFromEnv":{"description":"Headers whose values are read from environment variables once at boot (header name -> variable name), e.g. { authorization: GUARD_TOKEN }. A variable that is not set stops the boot.","type":"object","propertyNames":{"pattern":"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}},"timeoutMs":{"description":"How long one call may take, from sending to the last byte of the answer; past it the call counts as failed (see failMode). Keep the node's own timeoutMs above it.","type":"integer","minimum":1,"maximum":600000,"default":2000},"failMode":{"description":"What a failed call (unreachable, timed out, a non-2xx status, a malformed answer) does. closed: the request (or answer) is refused with a message saying the check could not run, whatever the action; open: it passes, and the record gets a passing verdict with the reason \"webhook unavailable\".","enum":["open","closed"],"default":"closed"},"include":{"description":"What each call sends besides the side checked. texts (always): the text parts with their role and JSON pointer. request: the model, the endpoint, the request id and the caller's principal (keyId, team, user). The client's headers, its credentials among them, are never sent.","type":"array","items":{"enum":["texts","request"]},"contains":{"const":"texts"},"uniqueItems":true,"default":["texts"]},"wholeAnswer":{"description":"Streamed answers: true gathers the whole answer and makes one call once it is complete (then replays it or refuses it; mask then refuses); false calls once per window of held-back text as the stream passes (one call per window, so far more calls). Complete answers are always checked whole, and with true a mask on them refuses too.","type":"boolean","default":true},"on":{"$ref":"#/definitions/GuardrailSides"},"action":{"$ref":"#/definitions/GuardrailAction"},"roles":{"$ref":"#/definitions/GuardrailRoles"},"message":{"$ref":"#/definitions/GuardrailMessage"},"stream":{"$ref":"#/definitions/GuardrailStream"}},"definitions":{"GuardrailSides":{"description":"What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: [\"input\"].","type":"array","items":{"enum":["input","output"]},"minItems":1,"uniqueItems":true,"default":["input"]},"GuardrailAction":{"description":"What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.","enum":["deny","flag","mask","fallback"],"default":"deny"},"GuardrailRoles":{"description":"Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.","type":"array","items":{"enum":["system","developer","user","assistant","tool","function","prompt","input"]},"minItems":1,"uniqueItems":true},"GuardrailMessage":{"description":"The message a denied client gets. Default: names the node and the failing checks.","type":"string","minLength":1},"GuardrailStream":{"description":"How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.","type":"object","additionalProperties":false,"properties":{"holdBackChars":{"description":"How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.","type":"integer","minimum":1,"maximum":65536,"default":128}}}}};
const schema12 = {"description":"What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: [\"input\"].","type":"array","items":{"enum":["input","output"]},"minItems":1,"uniqueItems":true,"default":["input"]};
const schema13 = {"description":"What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.","enum":["deny","flag","mask","fallback"],"default":"deny"};
const schema14 = {"description":"Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.","type":"array","items":{"enum":["system","developer","user","assistant","tool","function","prompt","input"]},"minItems":1,"uniqueItems":true};
const schema15 = {"description":"The message a denied client gets. Default: names the node and the failing checks.","type":"string","minLength":1};
const schema16 = {"description":"How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.","type":"object","additionalProperties":false,"properties":{"holdBackChars":{"description":"How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.","type":"integer","minimum":1,"maximum":65536,"default":128}}};
const func2 = Object.prototype.hasOwnProperty;
const func0 = runtime_equal;
const func6 = runtime_ucs2length;
const pattern0 = new RegExp("^https?://[^\\s/?#]+", "u");
const pattern1 = new RegExp("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "u");
const pattern2 = new RegExp("^[^\\r\\n]*$", "u");
const pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timeoutMs === undefined){
data.timeoutMs = 2000;
}
if(data.failMode === undefined){
data.failMode = "closed";
}
if(data.include === undefined){
data.include = ["texts"];
}
if(data.wholeAnswer === undefined){
data.wholeAnswer = true;
}
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
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
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/?#]+"},message:"must match pattern \""+"^https?://[^\\s/?#]+"+"\""};
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
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.headers !== undefined){
let data1 = data.headers;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs6 = errors;
if(typeof key1 === "string"){
if(!pattern1.test(key1)){
const err4 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},message:"must match pattern \""+"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
const err5 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
const err6 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[^\\r\\n]*$"},message:"must match pattern \""+"^[^\\r\\n]*$"+"\""};
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
const err7 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.headersFromEnv !== undefined){
let data3 = data.headersFromEnv;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key3 in data3){
const _errs12 = errors;
if(typeof key3 === "string"){
if(!pattern1.test(key3)){
const err9 = {instancePath:instancePath+"/headersFromEnv",schemaPath:"#/properties/headersFromEnv/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},message:"must match pattern \""+"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid3 = _errs12 === errors;
if(!valid3){
const err10 = {instancePath:instancePath+"/headersFromEnv",schemaPath:"#/properties/headersFromEnv/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key4 in data3){
let data4 = data3[key4];
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err11 = {instancePath:instancePath+"/headersFromEnv/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headersFromEnv/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
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
const err12 = {instancePath:instancePath+"/headersFromEnv/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headersFromEnv/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/headersFromEnv",schemaPath:"#/properties/headersFromEnv/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let data5 = data.timeoutMs;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err14 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 600000 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let data6 = data.failMode;
if(!((data6 === "open") || (data6 === "closed"))){
const err17 = {instancePath:instancePath+"/failMode",schemaPath:"#/properties/failMode/enum",keyword:"enum",params:{allowedValues: schema11.properties.failMode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
let data7 = data.include;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(!((data8 === "texts") || (data8 === "request"))){
const err18 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.include.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
const _errs22 = errors;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
const _errs23 = errors;
if("texts" !== data7[i1]){
const err19 = {instancePath:instancePath+"/include/" + i1,schemaPath:"#/properties/include/contains/const",keyword:"const",params:{allowedValue: "texts"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid7 = _errs23 === errors;
if(valid7){
break;
}
}
if(!valid7){
const err20 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
let i2 = data7.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data7[i2], data7[j0])){
const err21 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data.wholeAnswer !== "boolean"){
const err23 = {instancePath:instancePath+"/wholeAnswer",schemaPath:"#/properties/wholeAnswer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.on !== undefined){
let data11 = data.on;
if(Array.isArray(data11)){
if(data11.length < 1){
const err24 = {instancePath:instancePath+"/on",schemaPath:"#/definitions/GuardrailSides/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len2 = data11.length;
for(let i3=0; i3<len2; i3++){
let data12 = data11[i3];
if(!((data12 === "input") || (data12 === "output"))){
const err25 = {instancePath:instancePath+"/on/" + i3,schemaPath:"#/definitions/GuardrailSides/items/enum",keyword:"enum",params:{allowedValues: schema12.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let i4 = data11.length;
let j1;
if(i4 > 1){
outer1:
for(;i4--;){
for(j1 = i4; j1--;){
if(func0(data11[i4], data11[j1])){
const err26 = {instancePath:instancePath+"/on",schemaPath:"#/definitions/GuardrailSides/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/on",schemaPath:"#/definitions/GuardrailSides/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.action !== undefined){
let data13 = data.action;
if(!((((data13 === "deny") || (data13 === "flag")) || (data13 === "mask")) || (data13 === "fallback"))){
const err28 = {instancePath:instancePath+"/action",schemaPath:"#/definitions/GuardrailAction/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.roles !== undefined){
let data14 = data.roles;
if(Array.isArray(data14)){
if(data14.length < 1){
const err29 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/GuardrailRoles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len3 = data14.length;
for(let i5=0; i5<len3; i5++){
let data15 = data14[i5];
if(!((((((((data15 === "system") || (data15 === "developer")) || (data15 === "user")) || (data15 === "assistant")) || (data15 === "tool")) || (data15 === "function")) || (data15 === "prompt")) || (data15 === "input"))){
const err30 = {instancePath:instancePath+"/roles/" + i5,schemaPath:"#/definitions/GuardrailRoles/items/enum",keyword:"enum",params:{allowedValues: schema14.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
let i6 = data14.length;
let j2;
if(i6 > 1){
outer2:
for(;i6--;){
for(j2 = i6; j2--;){
if(func0(data14[i6], data14[j2])){
const err31 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/GuardrailRoles/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/GuardrailRoles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.message !== undefined){
let data16 = data.message;
if(typeof data16 === "string"){
if(func6(data16) < 1){
const err33 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/GuardrailMessage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err34 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/GuardrailMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.stream !== undefined){
let data17 = data.stream;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.holdBackChars === undefined){
data17.holdBackChars = 128;
}
for(const key5 in data17){
if(!(key5 === "holdBackChars")){
const err35 = {instancePath:instancePath+"/stream",schemaPath:"#/definitions/GuardrailStream/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let data18 = data17.holdBackChars;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err36 = {instancePath:instancePath+"/stream/holdBackChars",schemaPath:"#/definitions/GuardrailStream/properties/holdBackChars/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 65536 || isNaN(data18)){
const err37 = {instancePath:instancePath+"/stream/holdBackChars",schemaPath:"#/definitions/GuardrailStream/properties/holdBackChars/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65536},message:"must be <= 65536"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data18 < 1 || isNaN(data18)){
const err38 = {instancePath:instancePath+"/stream/holdBackChars",schemaPath:"#/definitions/GuardrailStream/properties/holdBackChars/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/stream",schemaPath:"#/definitions/GuardrailStream/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
