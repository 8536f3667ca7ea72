// GENERATED FILE - do not edit. Source: plugins/guardrail-content/schema/config.json. Regenerate with `pnpm gen`.

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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"ContentGuardrailConfig","description":"Content rules checked on every request: regular expressions, required and forbidden strings, word lists by category, length limits, allowed models and parameter ranges. Each rule gives one verdict (pass or fail), in the order of the list.","type":"object","additionalProperties":false,"required":["rules"],"properties":{"on":{"$ref":"#/definitions/GuardrailSides"},"action":{"$ref":"#/definitions/GuardrailAction"},"roles":{"$ref":"#/definitions/GuardrailRoles"},"message":{"$ref":"#/definitions/GuardrailMessage"},"stream":{"$ref":"#/definitions/GuardrailStream"},"rules":{"description":"The rules, checked in this order; each yields one verdict named after the rule (an empty list checks nothing).","type":"array","items":{"title":"ContentRule","description":"One rule; `type` says which kind, and only that kind's fields are checked. A rule's defaults are stated in its fields' descriptions.","type":"object","discriminator":{"propertyName":"type"},"oneOf":[{"title":"RegexRule","description":"Fails when the regular expression matches a text part (its matches are the spans), or, with mustMatch, when it matches none.","type":"object","additionalProperties":false,"required":["type","name","pattern"],"properties":{"type":{"description":"The rule kind.","const":"regex"},"name":{"description":"The rule's name: the `check` of its verdict. Unique within the list.","type":"string","minLength":1},"roles":{"$ref":"#/definitions/Roles"},"pattern":{"description":"An ECMAScript regular expression. It runs on every request: avoid nested quantifiers such as (a+)+ that backtrack for a long time.","type":"string","minLength":1},"flags":{"description":"Regular expression flags among i (ignore case), m (multiline), s (dot matches newlines), u or v (Unicode); the global flag is added. Default none.","type":"string","pattern":"^[imsuv]*$"},"mustMatch":{"description":"Invert the rule: fail when no selected text part matches (default false: fail when one does).","type":"boolean"}}},{"title":"ContainsRule","description":"contains: passes when the selected text holds any (or, with match all, every) of the values. notContains: fails when it holds any of them, with a span for each occurrence.","type":"object","additionalProperties":false,"required":["type","name","values"],"properties":{"type":{"description":"The rule kind.","enum":["contains","notContains"]},"name":{"description":"The rule's name: the `check` of its verdict. Unique within the list.","type":"string","minLength":1},"roles":{"$ref":"#/definitions/Roles"},"values":{"description":"The strings to look for.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"caseSensitive":{"description":"Compare letter case too (default false: ECMAScript case-insensitive comparison).","type":"boolean"},"wholeWord":{"description":"Count a value only where it is not part of a longer word: no letter, mark, digit or underscore right before it (when it starts with one) or right after it (when it ends with one). Default false.","type":"boolean"},"match":{"description":"For contains: whether any value suffices or every value must be present (default any). Ignored by notContains.","type":"string","enum":["any","all"]}}},{"title":"LengthRule","description":"Fails when the selected text is shorter than min or longer than max, counted in characters (Unicode code points), words (runs of non-whitespace) or tokens. At least one of min and max.","type":"object","additionalProperties":false,"required":["type","name","unit"],"properties":{"type":{"description":"The rule kind.","const":"length"},"name":{"description":"The rule's name: the `check` of its verdict. Unique within the list.","type":"string","minLength":1},"roles":{"$ref":"#/definitions/Roles"},"unit":{"description":"What is counted. Tokens use OpenAI's BPE encodings (o200k_base for the gpt-4o, gpt-4.1, gpt-4.5, gpt-5 and o-series families, cl100k_base for other models): exact for OpenAI models, an approximation for others; message framing tokens are not counted.","type":"string","enum":["chars","words","tokens"]},"min":{"description":"The least count allowed.","type":"integer","minimum":0},"max":{"description":"The greatest count allowed.","type":"integer","minimum":0},"scope":{"description":"total: the sum over the selected text parts (default); part: each selected part on its own.","type":"string","enum":["total","part"]},"encoding":{"description":"For tokens: always use this encoding instead of choosing one by the request's model.","type":"string","enum":["o200k_base","cl100k_base"]}}},{"title":"ModelsRule","description":"At least one of allow and deny. Fails when the request's model is denied, or when an allow list is given and the model matches none of it (or the request names no model). Patterns are globs: * is any run of characters, ? one character; matching ignores case.","type":"object","additionalProperties":false,"required":["type","name"],"properties":{"type":{"description":"The rule kind.","const":"models"},"name":{"description":"The rule's name: the `check` of its verdict. Unique within the list.","type":"string","minLength":1},"allow":{"description":"Model patterns that are allowed, e.g. gpt-4o*.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"deny":{"description":"Model patterns that are refused; they win over allow.","type":"array","minItems":1,"items":{"type":"string","minLength":1}}}},{"title":"ParamsRule","description":"At least one of ranges, values, forbidden and required. Fails when a top-level request parameter is outside its allowed range or values, is forbidden but present, or is required but absent; the reason names each such parameter. Parameters that are absent (or null) are not checked against ranges or values.","type":"object","additionalProperties":false,"required":["type","name"],"properties":{"type":{"description":"The rule kind.","const":"params"},"name":{"description":"The rule's name: the `check` of its verdict. Unique within the list.","type":"string","minLength":1},"ranges":{"description":"Numeric parameters and their allowed range, e.g. { \"temperature\": { \"max\": 1 }, \"max_tokens\": { \"max\": 4096 } }.","type":"object","minProperties":1,"additionalProperties":{"$ref":"#/definitions/ParamRange"}},"values":{"description":"Parameters and the values they may take, e.g. { \"reasoning_effort\": [\"low\", \"medium\"] }.","type":"object","minProperties":1,"additionalProperties":{"description":"The allowed values (compared with ===).","type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}},"forbidden":{"description":"Parameters a request may not set, e.g. logit_bias.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"required":{"description":"Parameters a request must set, e.g. max_tokens.","type":"array","minItems":1,"items":{"type":"string","minLength":1}}}},{"title":"WordsRule","description":"Fails when the selected text holds a word or phrase of any category; matching is whole-word (as in ContainsRule.wholeWord) and each span is labelled with its category.","type":"object","additionalProperties":false,"required":["type","name","categories"],"properties":{"type":{"description":"The rule kind.","const":"words"},"name":{"description":"The rule's name: the `check` of its verdict. Unique within the list.","type":"string","minLength":1},"roles":{"$ref":"#/definitions/Roles"},"categories":{"description":"Word lists by category, e.g. { \"profanity\": [...], \"competitors\": [...] }.","type":"object","minProperties":1,"additionalProperties":{"description":"The category's words or phrases.","type":"array","minItems":1,"items":{"type":"string","minLength":1}}},"caseSensitive":{"description":"Compare letter case too (default false).","type":"boolean"}}}]}},"maxSpans":{"description":"The most spans (match locations) one verdict carries; a rule stops scanning once it has this many and its reason says the count is a lower bound.","type":"integer","minimum":1,"default":1000}},"definitions":{"Role":{"description":"The role of a text part: a chat message's role (system, developer, user, assistant, tool, function), prompt for completions, input for embeddings, output for an answer's text that has no message role.","type":"string","enum":["system","developer","user","assistant","tool","function","prompt","input","output"]},"Roles":{"description":"Check only the text parts of these roles (all parts when absent).","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/Role"}},"ParamRange":{"description":"An inclusive range for a numeric parameter.","type":"object","additionalProperties":false,"properties":{"min":{"description":"The least value allowed.","type":"number"},"max":{"description":"The greatest value allowed.","type":"number"},"integer":{"description":"The value must also be an integer.","type":"boolean"}}},"GuardrailSides":{"description":"What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: [\"input\"].","type":"array","items":{"enum":["input","output"]},"minItems":1,"uniqueItems":true,"default":["input"]},"GuardrailAction":{"description":"What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.","enum":["deny","flag","mask","fallback"],"default":"deny"},"GuardrailRoles":{"description":"Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.","type":"array","items":{"enum":["system","developer","user","assistant","tool","function","prompt","input"]},"minItems":1,"uniqueItems":true},"GuardrailMessage":{"description":"The message a denied client gets. Default: names the node and the failing checks.","type":"string","minLength":1},"GuardrailStream":{"description":"How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.","type":"object","additionalProperties":false,"properties":{"holdBackChars":{"description":"How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.","type":"integer","minimum":1,"maximum":65536,"default":128}}}}};
const schema12 = {"description":"What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: [\"input\"].","type":"array","items":{"enum":["input","output"]},"minItems":1,"uniqueItems":true,"default":["input"]};
const schema13 = {"description":"What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.","enum":["deny","flag","mask","fallback"],"default":"deny"};
const schema14 = {"description":"Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.","type":"array","items":{"enum":["system","developer","user","assistant","tool","function","prompt","input"]},"minItems":1,"uniqueItems":true};
const schema15 = {"description":"The message a denied client gets. Default: names the node and the failing checks.","type":"string","minLength":1};
const schema16 = {"description":"How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.","type":"object","additionalProperties":false,"properties":{"holdBackChars":{"description":"How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.","type":"integer","minimum":1,"maximum":65536,"default":128}}};
const schema19 = {"description":"An inclusive range for a numeric parameter.","type":"object","additionalProperties":false,"properties":{"min":{"description":"The least value allowed.","type":"number"},"max":{"description":"The greatest value allowed.","type":"number"},"integer":{"description":"The value must also be an integer.","type":"boolean"}}};
const func0 = runtime_equal;
const func4 = runtime_ucs2length;
const schema17 = {"description":"Check only the text parts of these roles (all parts when absent).","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/Role"}};
const schema18 = {"description":"The role of a text part: a chat message's role (system, developer, user, assistant, tool, function), prompt for completions, input for embeddings, output for an answer's text that has no message role.","type":"string","enum":["system","developer","user","assistant","tool","function","prompt","input","output"]};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/Role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((((((((data0 === "system") || (data0 === "developer")) || (data0 === "user")) || (data0 === "assistant")) || (data0 === "tool")) || (data0 === "function")) || (data0 === "prompt")) || (data0 === "input")) || (data0 === "output"))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/Role/enum",keyword:"enum",params:{allowedValues: schema18.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err3 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
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
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const pattern0 = new RegExp("^[imsuv]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.maxSpans === undefined){
data.maxSpans = 1000;
}
if(data.rules === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "on") || (key0 === "action")) || (key0 === "roles")) || (key0 === "message")) || (key0 === "stream")) || (key0 === "rules")) || (key0 === "maxSpans"))){
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
if(data.on !== undefined){
let data0 = data.on;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/on",schemaPath:"#/definitions/GuardrailSides/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!((data1 === "input") || (data1 === "output"))){
const err3 = {instancePath:instancePath+"/on/" + i0,schemaPath:"#/definitions/GuardrailSides/items/enum",keyword:"enum",params:{allowedValues: schema12.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
const err4 = {instancePath:instancePath+"/on",schemaPath:"#/definitions/GuardrailSides/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/on",schemaPath:"#/definitions/GuardrailSides/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.action !== undefined){
let data2 = data.action;
if(!((((data2 === "deny") || (data2 === "flag")) || (data2 === "mask")) || (data2 === "fallback"))){
const err6 = {instancePath:instancePath+"/action",schemaPath:"#/definitions/GuardrailAction/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.roles !== undefined){
let data3 = data.roles;
if(Array.isArray(data3)){
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/GuardrailRoles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len1 = data3.length;
for(let i2=0; i2<len1; i2++){
let data4 = data3[i2];
if(!((((((((data4 === "system") || (data4 === "developer")) || (data4 === "user")) || (data4 === "assistant")) || (data4 === "tool")) || (data4 === "function")) || (data4 === "prompt")) || (data4 === "input"))){
const err8 = {instancePath:instancePath+"/roles/" + i2,schemaPath:"#/definitions/GuardrailRoles/items/enum",keyword:"enum",params:{allowedValues: schema14.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
const err9 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/GuardrailRoles/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/GuardrailRoles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.message !== undefined){
let data5 = data.message;
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err11 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/GuardrailMessage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err12 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/GuardrailMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
const err13 = {instancePath:instancePath+"/stream",schemaPath:"#/definitions/GuardrailStream/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let data7 = data6.holdBackChars;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err14 = {instancePath:instancePath+"/stream/holdBackChars",schemaPath:"#/definitions/GuardrailStream/properties/holdBackChars/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 65536 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/stream/holdBackChars",schemaPath:"#/definitions/GuardrailStream/properties/holdBackChars/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65536},message:"must be <= 65536"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/stream/holdBackChars",schemaPath:"#/definitions/GuardrailStream/properties/holdBackChars/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/stream",schemaPath:"#/definitions/GuardrailStream/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.rules !== undefined){
let data8 = data.rules;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i4=0; i4<len2; i4++){
let data9 = data8[i4];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
const tag0 = data9.type;
if(typeof tag0 == "string"){
if(tag0 === "regex"){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.type === undefined){
const err18 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data9.name === undefined){
const err19 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/0/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data9.pattern === undefined){
const err20 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/0/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data9){
if(!((((((key2 === "type") || (key2 === "name")) || (key2 === "roles")) || (key2 === "pattern")) || (key2 === "flags")) || (key2 === "mustMatch"))){
const err21 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.type !== undefined){
if("regex" !== data9.type){
const err22 = {instancePath:instancePath+"/rules/" + i4+"/type",schemaPath:"#/properties/rules/items/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "regex"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.name !== undefined){
let data11 = data9.name;
if(typeof data11 === "string"){
if(func4(data11) < 1){
const err23 = {instancePath:instancePath+"/rules/" + i4+"/name",schemaPath:"#/properties/rules/items/oneOf/0/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err24 = {instancePath:instancePath+"/rules/" + i4+"/name",schemaPath:"#/properties/rules/items/oneOf/0/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.roles !== undefined){
if(!(validate11(data9.roles, {instancePath:instancePath+"/rules/" + i4+"/roles",parentData:data9,parentDataProperty:"roles",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data9.pattern !== undefined){
let data13 = data9.pattern;
if(typeof data13 === "string"){
if(func4(data13) < 1){
const err25 = {instancePath:instancePath+"/rules/" + i4+"/pattern",schemaPath:"#/properties/rules/items/oneOf/0/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/rules/" + i4+"/pattern",schemaPath:"#/properties/rules/items/oneOf/0/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.flags !== undefined){
let data14 = data9.flags;
if(typeof data14 === "string"){
if(!pattern0.test(data14)){
const err27 = {instancePath:instancePath+"/rules/" + i4+"/flags",schemaPath:"#/properties/rules/items/oneOf/0/properties/flags/pattern",keyword:"pattern",params:{pattern: "^[imsuv]*$"},message:"must match pattern \""+"^[imsuv]*$"+"\""};
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
const err28 = {instancePath:instancePath+"/rules/" + i4+"/flags",schemaPath:"#/properties/rules/items/oneOf/0/properties/flags/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data9.mustMatch !== undefined){
if(typeof data9.mustMatch !== "boolean"){
const err29 = {instancePath:instancePath+"/rules/" + i4+"/mustMatch",schemaPath:"#/properties/rules/items/oneOf/0/properties/mustMatch/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err30 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else if(tag0 === "contains"){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.type === undefined){
const err31 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data9.name === undefined){
const err32 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data9.values === undefined){
const err33 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/1/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key3 in data9){
if(!(((((((key3 === "type") || (key3 === "name")) || (key3 === "roles")) || (key3 === "values")) || (key3 === "caseSensitive")) || (key3 === "wholeWord")) || (key3 === "match"))){
const err34 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data9.type !== undefined){
let data16 = data9.type;
if(!((data16 === "contains") || (data16 === "notContains"))){
const err35 = {instancePath:instancePath+"/rules/" + i4+"/type",schemaPath:"#/properties/rules/items/oneOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.items.oneOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data9.name !== undefined){
let data17 = data9.name;
if(typeof data17 === "string"){
if(func4(data17) < 1){
const err36 = {instancePath:instancePath+"/rules/" + i4+"/name",schemaPath:"#/properties/rules/items/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/rules/" + i4+"/name",schemaPath:"#/properties/rules/items/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data9.roles !== undefined){
if(!(validate11(data9.roles, {instancePath:instancePath+"/rules/" + i4+"/roles",parentData:data9,parentDataProperty:"roles",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data9.values !== undefined){
let data19 = data9.values;
if(Array.isArray(data19)){
if(data19.length < 1){
const err38 = {instancePath:instancePath+"/rules/" + i4+"/values",schemaPath:"#/properties/rules/items/oneOf/1/properties/values/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len3 = data19.length;
for(let i5=0; i5<len3; i5++){
let data20 = data19[i5];
if(typeof data20 === "string"){
if(func4(data20) < 1){
const err39 = {instancePath:instancePath+"/rules/" + i4+"/values/" + i5,schemaPath:"#/properties/rules/items/oneOf/1/properties/values/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/rules/" + i4+"/values/" + i5,schemaPath:"#/properties/rules/items/oneOf/1/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err41 = {instancePath:instancePath+"/rules/" + i4+"/values",schemaPath:"#/properties/rules/items/oneOf/1/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data9.caseSensitive !== undefined){
if(typeof data9.caseSensitive !== "boolean"){
const err42 = {instancePath:instancePath+"/rules/" + i4+"/caseSensitive",schemaPath:"#/properties/rules/items/oneOf/1/properties/caseSensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data9.wholeWord !== undefined){
if(typeof data9.wholeWord !== "boolean"){
const err43 = {instancePath:instancePath+"/rules/" + i4+"/wholeWord",schemaPath:"#/properties/rules/items/oneOf/1/properties/wholeWord/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data9.match !== undefined){
let data23 = data9.match;
if(typeof data23 !== "string"){
const err44 = {instancePath:instancePath+"/rules/" + i4+"/match",schemaPath:"#/properties/rules/items/oneOf/1/properties/match/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!((data23 === "any") || (data23 === "all"))){
const err45 = {instancePath:instancePath+"/rules/" + i4+"/match",schemaPath:"#/properties/rules/items/oneOf/1/properties/match/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.items.oneOf[1].properties.match.enum},message:"must be equal to one of the allowed values"};
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
const err46 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else if(tag0 === "notContains"){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.type === undefined){
const err47 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data9.name === undefined){
const err48 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data9.values === undefined){
const err49 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/1/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key4 in data9){
if(!(((((((key4 === "type") || (key4 === "name")) || (key4 === "roles")) || (key4 === "values")) || (key4 === "caseSensitive")) || (key4 === "wholeWord")) || (key4 === "match"))){
const err50 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data9.type !== undefined){
let data24 = data9.type;
if(!((data24 === "contains") || (data24 === "notContains"))){
const err51 = {instancePath:instancePath+"/rules/" + i4+"/type",schemaPath:"#/properties/rules/items/oneOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.items.oneOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data9.name !== undefined){
let data25 = data9.name;
if(typeof data25 === "string"){
if(func4(data25) < 1){
const err52 = {instancePath:instancePath+"/rules/" + i4+"/name",schemaPath:"#/properties/rules/items/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/rules/" + i4+"/name",schemaPath:"#/properties/rules/items/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data9.roles !== undefined){
if(!(validate11(data9.roles, {instancePath:instancePath+"/rules/" + i4+"/roles",parentData:data9,parentDataProperty:"roles",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data9.values !== undefined){
let data27 = data9.values;
if(Array.isArray(data27)){
if(data27.length < 1){
const err54 = {instancePath:instancePath+"/rules/" + i4+"/values",schemaPath:"#/properties/rules/items/oneOf/1/properties/values/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const len4 = data27.length;
for(let i6=0; i6<len4; i6++){
let data28 = data27[i6];
if(typeof data28 === "string"){
if(func4(data28) < 1){
const err55 = {instancePath:instancePath+"/rules/" + i4+"/values/" + i6,schemaPath:"#/properties/rules/items/oneOf/1/properties/values/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/rules/" + i4+"/values/" + i6,schemaPath:"#/properties/rules/items/oneOf/1/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/rules/" + i4+"/values",schemaPath:"#/properties/rules/items/oneOf/1/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data9.caseSensitive !== undefined){
if(typeof data9.caseSensitive !== "boolean"){
const err58 = {instancePath:instancePath+"/rules/" + i4+"/caseSensitive",schemaPath:"#/properties/rules/items/oneOf/1/properties/caseSensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data9.wholeWord !== undefined){
if(typeof data9.wholeWord !== "boolean"){
const err59 = {instancePath:instancePath+"/rules/" + i4+"/wholeWord",schemaPath:"#/properties/rules/items/oneOf/1/properties/wholeWord/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data9.match !== undefined){
let data31 = data9.match;
if(typeof data31 !== "string"){
const err60 = {instancePath:instancePath+"/rules/" + i4+"/match",schemaPath:"#/properties/rules/items/oneOf/1/properties/match/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!((data31 === "any") || (data31 === "all"))){
const err61 = {instancePath:instancePath+"/rules/" + i4+"/match",schemaPath:"#/properties/rules/items/oneOf/1/properties/match/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.items.oneOf[1].properties.match.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else if(tag0 === "length"){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.type === undefined){
const err63 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/2/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data9.name === undefined){
const err64 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/2/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data9.unit === undefined){
const err65 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/2/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key5 in data9){
if(!((((((((key5 === "type") || (key5 === "name")) || (key5 === "roles")) || (key5 === "unit")) || (key5 === "min")) || (key5 === "max")) || (key5 === "scope")) || (key5 === "encoding"))){
const err66 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data9.type !== undefined){
if("length" !== data9.type){
const err67 = {instancePath:instancePath+"/rules/" + i4+"/type",schemaPath:"#/properties/rules/items/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "length"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data9.name !== undefined){
let data33 = data9.name;
if(typeof data33 === "string"){
if(func4(data33) < 1){
const err68 = {instancePath:instancePath+"/rules/" + i4+"/name",schemaPath:"#/properties/rules/items/oneOf/2/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/rules/" + i4+"/name",schemaPath:"#/properties/rules/items/oneOf/2/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data9.roles !== undefined){
if(!(validate11(data9.roles, {instancePath:instancePath+"/rules/" + i4+"/roles",parentData:data9,parentDataProperty:"roles",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data9.unit !== undefined){
let data35 = data9.unit;
if(typeof data35 !== "string"){
const err70 = {instancePath:instancePath+"/rules/" + i4+"/unit",schemaPath:"#/properties/rules/items/oneOf/2/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(!(((data35 === "chars") || (data35 === "words")) || (data35 === "tokens"))){
const err71 = {instancePath:instancePath+"/rules/" + i4+"/unit",schemaPath:"#/properties/rules/items/oneOf/2/properties/unit/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.items.oneOf[2].properties.unit.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data9.min !== undefined){
let data36 = data9.min;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err72 = {instancePath:instancePath+"/rules/" + i4+"/min",schemaPath:"#/properties/rules/items/oneOf/2/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 0 || isNaN(data36)){
const err73 = {instancePath:instancePath+"/rules/" + i4+"/min",schemaPath:"#/properties/rules/items/oneOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
if(data9.max !== undefined){
let data37 = data9.max;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
const err74 = {instancePath:instancePath+"/rules/" + i4+"/max",schemaPath:"#/properties/rules/items/oneOf/2/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 < 0 || isNaN(data37)){
const err75 = {instancePath:instancePath+"/rules/" + i4+"/max",schemaPath:"#/properties/rules/items/oneOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
if(data9.scope !== undefined){
let data38 = data9.scope;
if(typeof data38 !== "string"){
const err76 = {instancePath:instancePath+"/rules/" + i4+"/scope",schemaPath:"#/properties/rules/items/oneOf/2/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(!((data38 === "total") || (data38 === "part"))){
const err77 = {instancePath:instancePath+"/rules/" + i4+"/scope",schemaPath:"#/properties/rules/items/oneOf/2/properties/scope/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.items.oneOf[2].properties.scope.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data9.encoding !== undefined){
let data39 = data9.encoding;
if(typeof data39 !== "string"){
const err78 = {instancePath:instancePath+"/rules/" + i4+"/encoding",schemaPath:"#/properties/rules/items/oneOf/2/properties/encoding/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!((data39 === "o200k_base") || (data39 === "cl100k_base"))){
const err79 = {instancePath:instancePath+"/rules/" + i4+"/encoding",schemaPath:"#/properties/rules/items/oneOf/2/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.items.oneOf[2].properties.encoding.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else if(tag0 === "models"){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.type === undefined){
const err81 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/3/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data9.name === undefined){
const err82 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/3/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key6 in data9){
if(!((((key6 === "type") || (key6 === "name")) || (key6 === "allow")) || (key6 === "deny"))){
const err83 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data9.type !== undefined){
if("models" !== data9.type){
const err84 = {instancePath:instancePath+"/rules/" + i4+"/type",schemaPath:"#/properties/rules/items/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "models"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data9.name !== undefined){
let data41 = data9.name;
if(typeof data41 === "string"){
if(func4(data41) < 1){
const err85 = {instancePath:instancePath+"/rules/" + i4+"/name",schemaPath:"#/properties/rules/items/oneOf/3/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/rules/" + i4+"/name",schemaPath:"#/properties/rules/items/oneOf/3/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data9.allow !== undefined){
let data42 = data9.allow;
if(Array.isArray(data42)){
if(data42.length < 1){
const err87 = {instancePath:instancePath+"/rules/" + i4+"/allow",schemaPath:"#/properties/rules/items/oneOf/3/properties/allow/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
const len5 = data42.length;
for(let i7=0; i7<len5; i7++){
let data43 = data42[i7];
if(typeof data43 === "string"){
if(func4(data43) < 1){
const err88 = {instancePath:instancePath+"/rules/" + i4+"/allow/" + i7,schemaPath:"#/properties/rules/items/oneOf/3/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/rules/" + i4+"/allow/" + i7,schemaPath:"#/properties/rules/items/oneOf/3/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/rules/" + i4+"/allow",schemaPath:"#/properties/rules/items/oneOf/3/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data9.deny !== undefined){
let data44 = data9.deny;
if(Array.isArray(data44)){
if(data44.length < 1){
const err91 = {instancePath:instancePath+"/rules/" + i4+"/deny",schemaPath:"#/properties/rules/items/oneOf/3/properties/deny/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
const len6 = data44.length;
for(let i8=0; i8<len6; i8++){
let data45 = data44[i8];
if(typeof data45 === "string"){
if(func4(data45) < 1){
const err92 = {instancePath:instancePath+"/rules/" + i4+"/deny/" + i8,schemaPath:"#/properties/rules/items/oneOf/3/properties/deny/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/rules/" + i4+"/deny/" + i8,schemaPath:"#/properties/rules/items/oneOf/3/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/rules/" + i4+"/deny",schemaPath:"#/properties/rules/items/oneOf/3/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else if(tag0 === "params"){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.type === undefined){
const err96 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/4/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data9.name === undefined){
const err97 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/4/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
for(const key7 in data9){
if(!((((((key7 === "type") || (key7 === "name")) || (key7 === "ranges")) || (key7 === "values")) || (key7 === "forbidden")) || (key7 === "required"))){
const err98 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data9.type !== undefined){
if("params" !== data9.type){
const err99 = {instancePath:instancePath+"/rules/" + i4+"/type",schemaPath:"#/properties/rules/items/oneOf/4/properties/type/const",keyword:"const",params:{allowedValue: "params"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data9.name !== undefined){
let data47 = data9.name;
if(typeof data47 === "string"){
if(func4(data47) < 1){
const err100 = {instancePath:instancePath+"/rules/" + i4+"/name",schemaPath:"#/properties/rules/items/oneOf/4/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/rules/" + i4+"/name",schemaPath:"#/properties/rules/items/oneOf/4/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data9.ranges !== undefined){
let data48 = data9.ranges;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(Object.keys(data48).length < 1){
const err102 = {instancePath:instancePath+"/rules/" + i4+"/ranges",schemaPath:"#/properties/rules/items/oneOf/4/properties/ranges/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key8 in data48){
let data49 = data48[key8];
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
for(const key9 in data49){
if(!(((key9 === "min") || (key9 === "max")) || (key9 === "integer"))){
const err103 = {instancePath:instancePath+"/rules/" + i4+"/ranges/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ParamRange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data49.min !== undefined){
let data50 = data49.min;
if(!((typeof data50 == "number") && (isFinite(data50)))){
const err104 = {instancePath:instancePath+"/rules/" + i4+"/ranges/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/definitions/ParamRange/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data49.max !== undefined){
let data51 = data49.max;
if(!((typeof data51 == "number") && (isFinite(data51)))){
const err105 = {instancePath:instancePath+"/rules/" + i4+"/ranges/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/definitions/ParamRange/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data49.integer !== undefined){
if(typeof data49.integer !== "boolean"){
const err106 = {instancePath:instancePath+"/rules/" + i4+"/ranges/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/integer",schemaPath:"#/definitions/ParamRange/properties/integer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/rules/" + i4+"/ranges/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ParamRange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/rules/" + i4+"/ranges",schemaPath:"#/properties/rules/items/oneOf/4/properties/ranges/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data9.values !== undefined){
let data53 = data9.values;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(Object.keys(data53).length < 1){
const err109 = {instancePath:instancePath+"/rules/" + i4+"/values",schemaPath:"#/properties/rules/items/oneOf/4/properties/values/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
for(const key10 in data53){
let data54 = data53[key10];
if(Array.isArray(data54)){
if(data54.length < 1){
const err110 = {instancePath:instancePath+"/rules/" + i4+"/values/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/items/oneOf/4/properties/values/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
const len7 = data54.length;
for(let i9=0; i9<len7; i9++){
let data55 = data54[i9];
if(((typeof data55 !== "string") && (!((typeof data55 == "number") && (isFinite(data55))))) && (typeof data55 !== "boolean")){
const err111 = {instancePath:instancePath+"/rules/" + i4+"/values/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i9,schemaPath:"#/properties/rules/items/oneOf/4/properties/values/additionalProperties/items/type",keyword:"type",params:{type: schema11.properties.rules.items.oneOf[4].properties.values.additionalProperties.items.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath:instancePath+"/rules/" + i4+"/values/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/items/oneOf/4/properties/values/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/rules/" + i4+"/values",schemaPath:"#/properties/rules/items/oneOf/4/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data9.forbidden !== undefined){
let data56 = data9.forbidden;
if(Array.isArray(data56)){
if(data56.length < 1){
const err114 = {instancePath:instancePath+"/rules/" + i4+"/forbidden",schemaPath:"#/properties/rules/items/oneOf/4/properties/forbidden/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
const len8 = data56.length;
for(let i10=0; i10<len8; i10++){
let data57 = data56[i10];
if(typeof data57 === "string"){
if(func4(data57) < 1){
const err115 = {instancePath:instancePath+"/rules/" + i4+"/forbidden/" + i10,schemaPath:"#/properties/rules/items/oneOf/4/properties/forbidden/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/rules/" + i4+"/forbidden/" + i10,schemaPath:"#/properties/rules/items/oneOf/4/properties/forbidden/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/rules/" + i4+"/forbidden",schemaPath:"#/properties/rules/items/oneOf/4/properties/forbidden/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data9.required !== undefined){
let data58 = data9.required;
if(Array.isArray(data58)){
if(data58.length < 1){
const err118 = {instancePath:instancePath+"/rules/" + i4+"/required",schemaPath:"#/properties/rules/items/oneOf/4/properties/required/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
const len9 = data58.length;
for(let i11=0; i11<len9; i11++){
let data59 = data58[i11];
if(typeof data59 === "string"){
if(func4(data59) < 1){
const err119 = {instancePath:instancePath+"/rules/" + i4+"/required/" + i11,schemaPath:"#/properties/rules/items/oneOf/4/properties/required/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/rules/" + i4+"/required/" + i11,schemaPath:"#/properties/rules/items/oneOf/4/properties/required/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/rules/" + i4+"/required",schemaPath:"#/properties/rules/items/oneOf/4/properties/required/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else if(tag0 === "words"){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.type === undefined){
const err123 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/5/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data9.name === undefined){
const err124 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/5/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data9.categories === undefined){
const err125 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/5/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
for(const key11 in data9){
if(!(((((key11 === "type") || (key11 === "name")) || (key11 === "roles")) || (key11 === "categories")) || (key11 === "caseSensitive"))){
const err126 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data9.type !== undefined){
if("words" !== data9.type){
const err127 = {instancePath:instancePath+"/rules/" + i4+"/type",schemaPath:"#/properties/rules/items/oneOf/5/properties/type/const",keyword:"const",params:{allowedValue: "words"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data9.name !== undefined){
let data61 = data9.name;
if(typeof data61 === "string"){
if(func4(data61) < 1){
const err128 = {instancePath:instancePath+"/rules/" + i4+"/name",schemaPath:"#/properties/rules/items/oneOf/5/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/rules/" + i4+"/name",schemaPath:"#/properties/rules/items/oneOf/5/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data9.roles !== undefined){
if(!(validate11(data9.roles, {instancePath:instancePath+"/rules/" + i4+"/roles",parentData:data9,parentDataProperty:"roles",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data9.categories !== undefined){
let data63 = data9.categories;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
if(Object.keys(data63).length < 1){
const err130 = {instancePath:instancePath+"/rules/" + i4+"/categories",schemaPath:"#/properties/rules/items/oneOf/5/properties/categories/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
for(const key12 in data63){
let data64 = data63[key12];
if(Array.isArray(data64)){
if(data64.length < 1){
const err131 = {instancePath:instancePath+"/rules/" + i4+"/categories/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/items/oneOf/5/properties/categories/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
const len10 = data64.length;
for(let i12=0; i12<len10; i12++){
let data65 = data64[i12];
if(typeof data65 === "string"){
if(func4(data65) < 1){
const err132 = {instancePath:instancePath+"/rules/" + i4+"/categories/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i12,schemaPath:"#/properties/rules/items/oneOf/5/properties/categories/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/rules/" + i4+"/categories/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i12,schemaPath:"#/properties/rules/items/oneOf/5/properties/categories/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/rules/" + i4+"/categories/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/items/oneOf/5/properties/categories/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/rules/" + i4+"/categories",schemaPath:"#/properties/rules/items/oneOf/5/properties/categories/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data9.caseSensitive !== undefined){
if(typeof data9.caseSensitive !== "boolean"){
const err136 = {instancePath:instancePath+"/rules/" + i4+"/caseSensitive",schemaPath:"#/properties/rules/items/oneOf/5/properties/caseSensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/rules/" + i4,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
let data67 = data.maxSpans;
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
const err142 = {instancePath:instancePath+"/maxSpans",schemaPath:"#/properties/maxSpans/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 < 1 || isNaN(data67)){
const err143 = {instancePath:instancePath+"/maxSpans",schemaPath:"#/properties/maxSpans/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
