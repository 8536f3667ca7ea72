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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"ContentGuardrailConfig","description":"Content rules checked on every request: regular expressions, required and forbidden strings, word lists by category, length limits, allowed models and parameter ranges. Each rule gives one verdict (pass or fail), in the order of the list.","type":"object","additionalProperties":false,"required":["rules"],"properties":{"rules":{"description":"The rules, checked in this order; each yields one verdict named after the rule (an empty list checks nothing).","type":"array","items":{"title":"ContentRule","description":"One rule; `type` says which kind. A rule's defaults are stated in its fields' descriptions (a schema default inside oneOf would be filled in while each alternative is tried).","oneOf":[{"title":"RegexRule","description":"Fails when the regular expression matches a text part (its matches are the spans), or, with mustMatch, when it matches none.","type":"object","additionalProperties":false,"required":["type","name","pattern"],"properties":{"type":{"description":"The rule kind.","const":"regex"},"name":{"description":"The rule's name: the `check` of its verdict. Unique within the list.","type":"string","minLength":1},"roles":{"$ref":"#/definitions/Roles"},"pattern":{"description":"An ECMAScript regular expression. It runs on every request: avoid nested quantifiers such as (a+)+ that backtrack for a long time.","type":"string","minLength":1},"flags":{"description":"Regular expression flags among i (ignore case), m (multiline), s (dot matches newlines), u or v (Unicode); the global flag is added. Default none.","type":"string","pattern":"^[imsuv]*$"},"mustMatch":{"description":"Invert the rule: fail when no selected text part matches (default false: fail when one does).","type":"boolean"}}},{"title":"ContainsRule","description":"contains: passes when the selected text holds any (or, with match all, every) of the values. notContains: fails when it holds any of them, with a span for each occurrence.","type":"object","additionalProperties":false,"required":["type","name","values"],"properties":{"type":{"description":"The rule kind.","enum":["contains","notContains"]},"name":{"description":"The rule's name: the `check` of its verdict. Unique within the list.","type":"string","minLength":1},"roles":{"$ref":"#/definitions/Roles"},"values":{"description":"The strings to look for.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"caseSensitive":{"description":"Compare letter case too (default false: ECMAScript case-insensitive comparison).","type":"boolean"},"wholeWord":{"description":"Count a value only where it is not part of a longer word: no letter, mark, digit or underscore right before it (when it starts with one) or right after it (when it ends with one). Default false.","type":"boolean"},"match":{"description":"For contains: whether any value suffices or every value must be present (default any). Ignored by notContains.","type":"string","enum":["any","all"]}}},{"title":"LengthRule","description":"Fails when the selected text is shorter than min or longer than max, counted in characters (Unicode code points), words (runs of non-whitespace) or tokens. At least one of min and max.","type":"object","additionalProperties":false,"required":["type","name","unit"],"properties":{"type":{"description":"The rule kind.","const":"length"},"name":{"description":"The rule's name: the `check` of its verdict. Unique within the list.","type":"string","minLength":1},"roles":{"$ref":"#/definitions/Roles"},"unit":{"description":"What is counted. Tokens use OpenAI's BPE encodings (o200k_base for the gpt-4o, gpt-4.1, gpt-4.5, gpt-5 and o-series families, cl100k_base for other models): exact for OpenAI models, an approximation for others; message framing tokens are not counted.","type":"string","enum":["chars","words","tokens"]},"min":{"description":"The least count allowed.","type":"integer","minimum":0},"max":{"description":"The greatest count allowed.","type":"integer","minimum":0},"scope":{"description":"total: the sum over the selected text parts (default); part: each selected part on its own.","type":"string","enum":["total","part"]},"encoding":{"description":"For tokens: always use this encoding instead of choosing one by the request's model.","type":"string","enum":["o200k_base","cl100k_base"]}}},{"title":"ModelsRule","description":"At least one of allow and deny. Fails when the request's model is denied, or when an allow list is given and the model matches none of it (or the request names no model). Patterns are globs: * is any run of characters, ? one character; matching ignores case.","type":"object","additionalProperties":false,"required":["type","name"],"properties":{"type":{"description":"The rule kind.","const":"models"},"name":{"description":"The rule's name: the `check` of its verdict. Unique within the list.","type":"string","minLength":1},"allow":{"description":"Model patterns that are allowed, e.g. gpt-4o*.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"deny":{"description":"Model patterns that are refused; they win over allow.","type":"array","minItems":1,"items":{"type":"string","minLength":1}}}},{"title":"ParamsRule","description":"At least one of ranges, values, forbidden and required. Fails when a top-level request parameter is outside its allowed range or values, is forbidden but present, or is required but absent; the reason names each such parameter. Parameters that are absent (or null) are not checked against ranges or values.","type":"object","additionalProperties":false,"required":["type","name"],"properties":{"type":{"description":"The rule kind.","const":"params"},"name":{"description":"The rule's name: the `check` of its verdict. Unique within the list.","type":"string","minLength":1},"ranges":{"description":"Numeric parameters and their allowed range, e.g. { \"temperature\": { \"max\": 1 }, \"max_tokens\": { \"max\": 4096 } }.","type":"object","minProperties":1,"additionalProperties":{"$ref":"#/definitions/ParamRange"}},"values":{"description":"Parameters and the values they may take, e.g. { \"reasoning_effort\": [\"low\", \"medium\"] }.","type":"object","minProperties":1,"additionalProperties":{"description":"The allowed values (compared with ===).","type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}},"forbidden":{"description":"Parameters a request may not set, e.g. logit_bias.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"required":{"description":"Parameters a request must set, e.g. max_tokens.","type":"array","minItems":1,"items":{"type":"string","minLength":1}}}},{"title":"WordsRule","description":"Fails when the selected text holds a word or phrase of any category; matching is whole-word (as in ContainsRule.wholeWord) and each span is labelled with its category.","type":"object","additionalProperties":false,"required":["type","name","categories"],"properties":{"type":{"description":"The rule kind.","const":"words"},"name":{"description":"The rule's name: the `check` of its verdict. Unique within the list.","type":"string","minLength":1},"roles":{"$ref":"#/definitions/Roles"},"categories":{"description":"Word lists by category, e.g. { \"profanity\": [...], \"competitors\": [...] }.","type":"object","minProperties":1,"additionalProperties":{"description":"The category's words or phrases.","type":"array","minItems":1,"items":{"type":"string","minLength":1}}},"caseSensitive":{"description":"Compare letter case too (default false).","type":"boolean"}}}]}},"maxSpans":{"description":"The most spans (match locations) one verdict carries; a rule stops scanning once it has this many and its reason says the count is a lower bound.","type":"integer","minimum":1,"default":1000}},"definitions":{"Role":{"description":"The role of a text part: a chat message's role (system, developer, user, assistant, tool, function), prompt for completions, input for embeddings, output for an answer's text that has no message role.","type":"string","enum":["system","developer","user","assistant","tool","function","prompt","input","output"]},"Roles":{"description":"Check only the text parts of these roles (all parts when absent).","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/Role"}},"ParamRange":{"description":"An inclusive range for a numeric parameter.","type":"object","additionalProperties":false,"properties":{"min":{"description":"The least value allowed.","type":"number"},"max":{"description":"The greatest value allowed.","type":"number"},"integer":{"description":"The value must also be an integer.","type":"boolean"}}}}};
const schema14 = {"description":"An inclusive range for a numeric parameter.","type":"object","additionalProperties":false,"properties":{"min":{"description":"The least value allowed.","type":"number"},"max":{"description":"The greatest value allowed.","type":"number"},"integer":{"description":"The value must also be an integer.","type":"boolean"}}};
const func2 = runtime_ucs2length;
const schema12 = {"description":"Check only the text parts of these roles (all parts when absent).","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/Role"}};
const schema13 = {"description":"The role of a text part: a chat message's role (system, developer, user, assistant, tool, function), prompt for completions, input for embeddings, output for an answer's text that has no message role.","type":"string","enum":["system","developer","user","assistant","tool","function","prompt","input","output"]};
const func0 = runtime_equal;

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
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/Role/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values"};
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
if(!((key0 === "rules") || (key0 === "maxSpans"))){
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
if(data.rules !== undefined){
let data0 = data.rules;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs5 = errors;
let valid3 = false;
let passing0 = null;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err2 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.name === undefined){
const err3 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/0/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.pattern === undefined){
const err4 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/0/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((((((key1 === "type") || (key1 === "name")) || (key1 === "roles")) || (key1 === "pattern")) || (key1 === "flags")) || (key1 === "mustMatch"))){
const err5 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.type !== undefined){
if("regex" !== data1.type){
const err6 = {instancePath:instancePath+"/rules/" + i0+"/type",schemaPath:"#/properties/rules/items/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "regex"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.name !== undefined){
let data3 = data1.name;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err7 = {instancePath:instancePath+"/rules/" + i0+"/name",schemaPath:"#/properties/rules/items/oneOf/0/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err8 = {instancePath:instancePath+"/rules/" + i0+"/name",schemaPath:"#/properties/rules/items/oneOf/0/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.roles !== undefined){
if(!(validate11(data1.roles, {instancePath:instancePath+"/rules/" + i0+"/roles",parentData:data1,parentDataProperty:"roles",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data1.pattern !== undefined){
let data5 = data1.pattern;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err9 = {instancePath:instancePath+"/rules/" + i0+"/pattern",schemaPath:"#/properties/rules/items/oneOf/0/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/rules/" + i0+"/pattern",schemaPath:"#/properties/rules/items/oneOf/0/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.flags !== undefined){
let data6 = data1.flags;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err11 = {instancePath:instancePath+"/rules/" + i0+"/flags",schemaPath:"#/properties/rules/items/oneOf/0/properties/flags/pattern",keyword:"pattern",params:{pattern: "^[imsuv]*$"},message:"must match pattern \""+"^[imsuv]*$"+"\""};
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
const err12 = {instancePath:instancePath+"/rules/" + i0+"/flags",schemaPath:"#/properties/rules/items/oneOf/0/properties/flags/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.mustMatch !== undefined){
if(typeof data1.mustMatch !== "boolean"){
const err13 = {instancePath:instancePath+"/rules/" + i0+"/mustMatch",schemaPath:"#/properties/rules/items/oneOf/0/properties/mustMatch/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err14 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs19 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err15 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data1.name === undefined){
const err16 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data1.values === undefined){
const err17 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/1/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data1){
if(!(((((((key2 === "type") || (key2 === "name")) || (key2 === "roles")) || (key2 === "values")) || (key2 === "caseSensitive")) || (key2 === "wholeWord")) || (key2 === "match"))){
const err18 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.type !== undefined){
let data8 = data1.type;
if(!((data8 === "contains") || (data8 === "notContains"))){
const err19 = {instancePath:instancePath+"/rules/" + i0+"/type",schemaPath:"#/properties/rules/items/oneOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.items.oneOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data1.name !== undefined){
let data9 = data1.name;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err20 = {instancePath:instancePath+"/rules/" + i0+"/name",schemaPath:"#/properties/rules/items/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/rules/" + i0+"/name",schemaPath:"#/properties/rules/items/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.roles !== undefined){
if(!(validate11(data1.roles, {instancePath:instancePath+"/rules/" + i0+"/roles",parentData:data1,parentDataProperty:"roles",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data1.values !== undefined){
let data11 = data1.values;
if(Array.isArray(data11)){
if(data11.length < 1){
const err22 = {instancePath:instancePath+"/rules/" + i0+"/values",schemaPath:"#/properties/rules/items/oneOf/1/properties/values/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err23 = {instancePath:instancePath+"/rules/" + i0+"/values/" + i1,schemaPath:"#/properties/rules/items/oneOf/1/properties/values/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err24 = {instancePath:instancePath+"/rules/" + i0+"/values/" + i1,schemaPath:"#/properties/rules/items/oneOf/1/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err25 = {instancePath:instancePath+"/rules/" + i0+"/values",schemaPath:"#/properties/rules/items/oneOf/1/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data1.caseSensitive !== undefined){
if(typeof data1.caseSensitive !== "boolean"){
const err26 = {instancePath:instancePath+"/rules/" + i0+"/caseSensitive",schemaPath:"#/properties/rules/items/oneOf/1/properties/caseSensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data1.wholeWord !== undefined){
if(typeof data1.wholeWord !== "boolean"){
const err27 = {instancePath:instancePath+"/rules/" + i0+"/wholeWord",schemaPath:"#/properties/rules/items/oneOf/1/properties/wholeWord/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data1.match !== undefined){
let data15 = data1.match;
if(typeof data15 !== "string"){
const err28 = {instancePath:instancePath+"/rules/" + i0+"/match",schemaPath:"#/properties/rules/items/oneOf/1/properties/match/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!((data15 === "any") || (data15 === "all"))){
const err29 = {instancePath:instancePath+"/rules/" + i0+"/match",schemaPath:"#/properties/rules/items/oneOf/1/properties/match/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.items.oneOf[1].properties.match.enum},message:"must be equal to one of the allowed values"};
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
const err30 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
const _errs36 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err31 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/2/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data1.name === undefined){
const err32 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/2/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data1.unit === undefined){
const err33 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/2/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key3 in data1){
if(!((((((((key3 === "type") || (key3 === "name")) || (key3 === "roles")) || (key3 === "unit")) || (key3 === "min")) || (key3 === "max")) || (key3 === "scope")) || (key3 === "encoding"))){
const err34 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data1.type !== undefined){
if("length" !== data1.type){
const err35 = {instancePath:instancePath+"/rules/" + i0+"/type",schemaPath:"#/properties/rules/items/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "length"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data1.name !== undefined){
let data17 = data1.name;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err36 = {instancePath:instancePath+"/rules/" + i0+"/name",schemaPath:"#/properties/rules/items/oneOf/2/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err37 = {instancePath:instancePath+"/rules/" + i0+"/name",schemaPath:"#/properties/rules/items/oneOf/2/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data1.roles !== undefined){
if(!(validate11(data1.roles, {instancePath:instancePath+"/rules/" + i0+"/roles",parentData:data1,parentDataProperty:"roles",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data1.unit !== undefined){
let data19 = data1.unit;
if(typeof data19 !== "string"){
const err38 = {instancePath:instancePath+"/rules/" + i0+"/unit",schemaPath:"#/properties/rules/items/oneOf/2/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(((data19 === "chars") || (data19 === "words")) || (data19 === "tokens"))){
const err39 = {instancePath:instancePath+"/rules/" + i0+"/unit",schemaPath:"#/properties/rules/items/oneOf/2/properties/unit/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.items.oneOf[2].properties.unit.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data1.min !== undefined){
let data20 = data1.min;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err40 = {instancePath:instancePath+"/rules/" + i0+"/min",schemaPath:"#/properties/rules/items/oneOf/2/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err41 = {instancePath:instancePath+"/rules/" + i0+"/min",schemaPath:"#/properties/rules/items/oneOf/2/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data1.max !== undefined){
let data21 = data1.max;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err42 = {instancePath:instancePath+"/rules/" + i0+"/max",schemaPath:"#/properties/rules/items/oneOf/2/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err43 = {instancePath:instancePath+"/rules/" + i0+"/max",schemaPath:"#/properties/rules/items/oneOf/2/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data1.scope !== undefined){
let data22 = data1.scope;
if(typeof data22 !== "string"){
const err44 = {instancePath:instancePath+"/rules/" + i0+"/scope",schemaPath:"#/properties/rules/items/oneOf/2/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!((data22 === "total") || (data22 === "part"))){
const err45 = {instancePath:instancePath+"/rules/" + i0+"/scope",schemaPath:"#/properties/rules/items/oneOf/2/properties/scope/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.items.oneOf[2].properties.scope.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data1.encoding !== undefined){
let data23 = data1.encoding;
if(typeof data23 !== "string"){
const err46 = {instancePath:instancePath+"/rules/" + i0+"/encoding",schemaPath:"#/properties/rules/items/oneOf/2/properties/encoding/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!((data23 === "o200k_base") || (data23 === "cl100k_base"))){
const err47 = {instancePath:instancePath+"/rules/" + i0+"/encoding",schemaPath:"#/properties/rules/items/oneOf/2/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.items.oneOf[2].properties.encoding.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid0 = _errs36 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid3 = true;
passing0 = 2;
}
const _errs53 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err49 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/3/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data1.name === undefined){
const err50 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/3/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key4 in data1){
if(!((((key4 === "type") || (key4 === "name")) || (key4 === "allow")) || (key4 === "deny"))){
const err51 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data1.type !== undefined){
if("models" !== data1.type){
const err52 = {instancePath:instancePath+"/rules/" + i0+"/type",schemaPath:"#/properties/rules/items/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "models"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data1.name !== undefined){
let data25 = data1.name;
if(typeof data25 === "string"){
if(func2(data25) < 1){
const err53 = {instancePath:instancePath+"/rules/" + i0+"/name",schemaPath:"#/properties/rules/items/oneOf/3/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/rules/" + i0+"/name",schemaPath:"#/properties/rules/items/oneOf/3/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data1.allow !== undefined){
let data26 = data1.allow;
if(Array.isArray(data26)){
if(data26.length < 1){
const err55 = {instancePath:instancePath+"/rules/" + i0+"/allow",schemaPath:"#/properties/rules/items/oneOf/3/properties/allow/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
const len2 = data26.length;
for(let i2=0; i2<len2; i2++){
let data27 = data26[i2];
if(typeof data27 === "string"){
if(func2(data27) < 1){
const err56 = {instancePath:instancePath+"/rules/" + i0+"/allow/" + i2,schemaPath:"#/properties/rules/items/oneOf/3/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/rules/" + i0+"/allow/" + i2,schemaPath:"#/properties/rules/items/oneOf/3/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/rules/" + i0+"/allow",schemaPath:"#/properties/rules/items/oneOf/3/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data1.deny !== undefined){
let data28 = data1.deny;
if(Array.isArray(data28)){
if(data28.length < 1){
const err59 = {instancePath:instancePath+"/rules/" + i0+"/deny",schemaPath:"#/properties/rules/items/oneOf/3/properties/deny/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
const len3 = data28.length;
for(let i3=0; i3<len3; i3++){
let data29 = data28[i3];
if(typeof data29 === "string"){
if(func2(data29) < 1){
const err60 = {instancePath:instancePath+"/rules/" + i0+"/deny/" + i3,schemaPath:"#/properties/rules/items/oneOf/3/properties/deny/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/rules/" + i0+"/deny/" + i3,schemaPath:"#/properties/rules/items/oneOf/3/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err62 = {instancePath:instancePath+"/rules/" + i0+"/deny",schemaPath:"#/properties/rules/items/oneOf/3/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid0 = _errs53 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid3 = true;
passing0 = 3;
}
const _errs67 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err64 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/4/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data1.name === undefined){
const err65 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/4/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key5 in data1){
if(!((((((key5 === "type") || (key5 === "name")) || (key5 === "ranges")) || (key5 === "values")) || (key5 === "forbidden")) || (key5 === "required"))){
const err66 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data1.type !== undefined){
if("params" !== data1.type){
const err67 = {instancePath:instancePath+"/rules/" + i0+"/type",schemaPath:"#/properties/rules/items/oneOf/4/properties/type/const",keyword:"const",params:{allowedValue: "params"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data1.name !== undefined){
let data31 = data1.name;
if(typeof data31 === "string"){
if(func2(data31) < 1){
const err68 = {instancePath:instancePath+"/rules/" + i0+"/name",schemaPath:"#/properties/rules/items/oneOf/4/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err69 = {instancePath:instancePath+"/rules/" + i0+"/name",schemaPath:"#/properties/rules/items/oneOf/4/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data1.ranges !== undefined){
let data32 = data1.ranges;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(Object.keys(data32).length < 1){
const err70 = {instancePath:instancePath+"/rules/" + i0+"/ranges",schemaPath:"#/properties/rules/items/oneOf/4/properties/ranges/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key6 in data32){
let data33 = data32[key6];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key7 in data33){
if(!(((key7 === "min") || (key7 === "max")) || (key7 === "integer"))){
const err71 = {instancePath:instancePath+"/rules/" + i0+"/ranges/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ParamRange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data33.min !== undefined){
let data34 = data33.min;
if(!((typeof data34 == "number") && (isFinite(data34)))){
const err72 = {instancePath:instancePath+"/rules/" + i0+"/ranges/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/definitions/ParamRange/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data33.max !== undefined){
let data35 = data33.max;
if(!((typeof data35 == "number") && (isFinite(data35)))){
const err73 = {instancePath:instancePath+"/rules/" + i0+"/ranges/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/definitions/ParamRange/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data33.integer !== undefined){
if(typeof data33.integer !== "boolean"){
const err74 = {instancePath:instancePath+"/rules/" + i0+"/ranges/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/integer",schemaPath:"#/definitions/ParamRange/properties/integer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/rules/" + i0+"/ranges/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ParamRange/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err76 = {instancePath:instancePath+"/rules/" + i0+"/ranges",schemaPath:"#/properties/rules/items/oneOf/4/properties/ranges/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data1.values !== undefined){
let data37 = data1.values;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(Object.keys(data37).length < 1){
const err77 = {instancePath:instancePath+"/rules/" + i0+"/values",schemaPath:"#/properties/rules/items/oneOf/4/properties/values/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
for(const key8 in data37){
let data38 = data37[key8];
if(Array.isArray(data38)){
if(data38.length < 1){
const err78 = {instancePath:instancePath+"/rules/" + i0+"/values/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/items/oneOf/4/properties/values/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const len4 = data38.length;
for(let i4=0; i4<len4; i4++){
let data39 = data38[i4];
if(((typeof data39 !== "string") && (!((typeof data39 == "number") && (isFinite(data39))))) && (typeof data39 !== "boolean")){
const err79 = {instancePath:instancePath+"/rules/" + i0+"/values/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/properties/rules/items/oneOf/4/properties/values/additionalProperties/items/type",keyword:"type",params:{type: schema11.properties.rules.items.oneOf[4].properties.values.additionalProperties.items.type},message:"must be string,number,boolean"};
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
const err80 = {instancePath:instancePath+"/rules/" + i0+"/values/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/items/oneOf/4/properties/values/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/rules/" + i0+"/values",schemaPath:"#/properties/rules/items/oneOf/4/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data1.forbidden !== undefined){
let data40 = data1.forbidden;
if(Array.isArray(data40)){
if(data40.length < 1){
const err82 = {instancePath:instancePath+"/rules/" + i0+"/forbidden",schemaPath:"#/properties/rules/items/oneOf/4/properties/forbidden/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
const len5 = data40.length;
for(let i5=0; i5<len5; i5++){
let data41 = data40[i5];
if(typeof data41 === "string"){
if(func2(data41) < 1){
const err83 = {instancePath:instancePath+"/rules/" + i0+"/forbidden/" + i5,schemaPath:"#/properties/rules/items/oneOf/4/properties/forbidden/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/rules/" + i0+"/forbidden/" + i5,schemaPath:"#/properties/rules/items/oneOf/4/properties/forbidden/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/rules/" + i0+"/forbidden",schemaPath:"#/properties/rules/items/oneOf/4/properties/forbidden/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data1.required !== undefined){
let data42 = data1.required;
if(Array.isArray(data42)){
if(data42.length < 1){
const err86 = {instancePath:instancePath+"/rules/" + i0+"/required",schemaPath:"#/properties/rules/items/oneOf/4/properties/required/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
const len6 = data42.length;
for(let i6=0; i6<len6; i6++){
let data43 = data42[i6];
if(typeof data43 === "string"){
if(func2(data43) < 1){
const err87 = {instancePath:instancePath+"/rules/" + i0+"/required/" + i6,schemaPath:"#/properties/rules/items/oneOf/4/properties/required/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/rules/" + i0+"/required/" + i6,schemaPath:"#/properties/rules/items/oneOf/4/properties/required/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/rules/" + i0+"/required",schemaPath:"#/properties/rules/items/oneOf/4/properties/required/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err90 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
var _valid0 = _errs67 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid3 = true;
passing0 = 4;
}
const _errs101 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err91 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/5/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data1.name === undefined){
const err92 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/5/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data1.categories === undefined){
const err93 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/5/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
for(const key9 in data1){
if(!(((((key9 === "type") || (key9 === "name")) || (key9 === "roles")) || (key9 === "categories")) || (key9 === "caseSensitive"))){
const err94 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data1.type !== undefined){
if("words" !== data1.type){
const err95 = {instancePath:instancePath+"/rules/" + i0+"/type",schemaPath:"#/properties/rules/items/oneOf/5/properties/type/const",keyword:"const",params:{allowedValue: "words"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data1.name !== undefined){
let data45 = data1.name;
if(typeof data45 === "string"){
if(func2(data45) < 1){
const err96 = {instancePath:instancePath+"/rules/" + i0+"/name",schemaPath:"#/properties/rules/items/oneOf/5/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/rules/" + i0+"/name",schemaPath:"#/properties/rules/items/oneOf/5/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data1.roles !== undefined){
if(!(validate11(data1.roles, {instancePath:instancePath+"/rules/" + i0+"/roles",parentData:data1,parentDataProperty:"roles",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data1.categories !== undefined){
let data47 = data1.categories;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(Object.keys(data47).length < 1){
const err98 = {instancePath:instancePath+"/rules/" + i0+"/categories",schemaPath:"#/properties/rules/items/oneOf/5/properties/categories/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
for(const key10 in data47){
let data48 = data47[key10];
if(Array.isArray(data48)){
if(data48.length < 1){
const err99 = {instancePath:instancePath+"/rules/" + i0+"/categories/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/items/oneOf/5/properties/categories/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
const len7 = data48.length;
for(let i7=0; i7<len7; i7++){
let data49 = data48[i7];
if(typeof data49 === "string"){
if(func2(data49) < 1){
const err100 = {instancePath:instancePath+"/rules/" + i0+"/categories/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i7,schemaPath:"#/properties/rules/items/oneOf/5/properties/categories/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err101 = {instancePath:instancePath+"/rules/" + i0+"/categories/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i7,schemaPath:"#/properties/rules/items/oneOf/5/properties/categories/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/rules/" + i0+"/categories/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/items/oneOf/5/properties/categories/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/rules/" + i0+"/categories",schemaPath:"#/properties/rules/items/oneOf/5/properties/categories/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data1.caseSensitive !== undefined){
if(typeof data1.caseSensitive !== "boolean"){
const err104 = {instancePath:instancePath+"/rules/" + i0+"/caseSensitive",schemaPath:"#/properties/rules/items/oneOf/5/properties/caseSensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
var _valid0 = _errs101 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid3 = true;
passing0 = 5;
}
}
}
}
}
}
if(!valid3){
const err106 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err107 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
let data51 = data.maxSpans;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err108 = {instancePath:instancePath+"/maxSpans",schemaPath:"#/properties/maxSpans/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 1 || isNaN(data51)){
const err109 = {instancePath:instancePath+"/maxSpans",schemaPath:"#/properties/maxSpans/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
