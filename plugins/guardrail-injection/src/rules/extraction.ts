/**
 * System-prompt extraction: asking the model to repeat, print or reveal its system prompt, its
 * initial instructions or "the text above". A bare mention of a system prompt is weak (developers
 * talk about them); a reveal verb aimed at one is strong.
 */
import { any, E, gap, next, pairs, type Rule, S, S0, W } from "./rule.js";

/** Verbs that ask for text to be shown. */
const REVEAL = [
  "repeat",
  "print",
  "reveal",
  "show",
  "display",
  "output",
  "tell",
  "give",
  "write",
  "share",
  "leak",
  "dump",
  "list",
  "return",
  "spell",
  "recite",
  "paste",
  "zeige",
  "zeig",
  "zeigen",
  "gib",
  "geben",
  "nenne",
  "nennen",
  "wiederhole",
  "wiederholen",
  "verrate",
  "verraten",
  "schreibe",
  "drucke",
  "ausgeben",
  "muestra",
  "muestrame",
  "repite",
  "montre",
  "montrez",
  "affiche",
  "repete",
  "mostrami",
  "ripeti",
];

/** A reveal verb up to four words before what follows (the rules below start at their noun). */
const AFTER_REVEAL = `(?:^|[^\\p{L}\\p{N}])${any(...REVEAL)}(?:${S}${W}){0,4}?${S}`;

/**
 * A reveal verb, then either nothing or a determiner that makes the prompt a particular one: "print
 * the initial instructions", "repeat your system prompt", not "write a system prompt for my bot".
 */
const AFTER_REVEAL_THE = `(?:^|[^\\p{L}\\p{N}])${any(...REVEAL)}(?:(?:${S}${W}){0,3}?${S}${any(
  "the",
  "your",
  "this",
  "these",
  "my",
  "our",
  "all",
  "deine[nrs]?",
  "ihre[nrs]?",
  "den",
  "die",
  "das",
  "alle",
  "samtliche",
  "tus",
  "vos",
  "tes",
  "ton",
  "ta",
)})?${S}`;

/** Qualifiers that make "prompt" or "instructions" the model's own. */
const QUALIFIERS = [
  "system",
  "initial",
  "original",
  "hidden",
  "secret",
  "first",
  "full",
  "entire",
  "whole",
  "complete",
  "previous",
  "preceding",
  "pre",
  "obigen",
  "ursprunglichen",
  "anfanglichen",
  "versteckten",
  "geheimen",
];

/** What the prompt is called after a qualifier. */
const PROMPT_NOUNS = [
  "prompt",
  "prompts",
  "instructions",
  "message",
  "messages",
  "anweisungen",
  "instruktionen",
  "text",
];

/** What the prompt is called after "your". */
const YOUR_PROMPT = [
  "instructions",
  "prompts?",
  "rules",
  "guidelines",
  "directives",
  "programming",
  "configuration",
  "anweisungen",
  "instruktionen",
  "regeln",
  "vorgaben",
  "richtlinien",
  "instrucciones",
  "consignes",
];

/** YOUR_PROMPT as plain words (pair triggers cannot hold regex). */
const YOUR_PROMPT_WORDS = [
  "instructions",
  "prompt",
  "prompts",
  "rules",
  "guidelines",
  "directives",
  "programming",
  "configuration",
  "anweisungen",
  "instruktionen",
  "regeln",
  "vorgaben",
  "richtlinien",
  "instrucciones",
  "consignes",
];

/** The prompt-extraction rules. */
export const EXTRACTION_RULES: readonly Rule[] = [
  {
    id: "reveal-prompt",
    category: "prompt-extraction",
    weight: 0.85,
    before: `(?<=${AFTER_REVEAL_THE}(?:${any(...QUALIFIERS)}${S0})?)`,
    triggers: [
      ...pairs(QUALIFIERS, PROMPT_NOUNS),
      "systemprompt",
      "systemprompts",
      "systemnachricht",
      "systemanweisungen",
      ...pairs(["prompt"], ["text", "texts", "texte"]),
      ...pairs(["text", "words", "instructions", "anweisungen"], ["above", "oben"]),
      "above text",
    ],
    pattern: E,
  },
  {
    id: "reveal-your-instructions",
    category: "prompt-extraction",
    weight: 0.8,
    before: `(?<=${AFTER_REVEAL})`,
    triggers: pairs(["your", "deine", "deinen", "ihre", "ihren", "tus", "vos", "tes"], YOUR_PROMPT_WORDS),
    pattern: E,
  },
  {
    id: "what-are-your-instructions",
    category: "prompt-extraction",
    weight: 0.8,
    triggers: pairs(["are", "were", "sind", "waren", "lauten"], ["your", "deine", "ihre"]),
    before: `(?<=(?:^|[^\\p{L}\\p{N}])${any("what", "which", "was", "welche", "wie")}${S})`,
    pattern: `${gap(1)}${next(...YOUR_PROMPT)}`,
  },
  {
    id: "written-above",
    category: "prompt-extraction",
    weight: 0.65,
    triggers: [
      ...pairs(["written", "said", "stated", "steht", "stand", "geschrieben"], ["above", "oben", "davor"]),
      ...pairs(["written", "said", "stated", "steht", "stand"], ["at", "am", "before"]),
    ],
    pattern: `(?:${S}${any("the (?:beginning|start|top)", "anfang", "this")})?${E}(?<=(?:above|oben|davor|beginning|start|top|anfang|this))`,
  },
  {
    id: "beginning-of-prompt",
    category: "prompt-extraction",
    weight: 0.6,
    triggers: pairs(["beginning", "start", "top", "anfang", "beginn"], ["of", "des", "der", "von"]),
    pattern: `${S}${any("this", "the", "your", "diese[sr]?", "deine[sr]?")}${next("prompts?", "conversation", "chat", "instructions", "gesprachs?", "unterhaltung")}`,
  },
  {
    id: "copy-of-prompt",
    category: "prompt-extraction",
    weight: 0.8,
    triggers: ["copy", "kopie", "abschrift"],
    pattern: `${S}${any("of", "des", "der", "von")}${gap(2)}${next("prompts?", "prompt-?textes?", "instructions", "anweisungen")}`,
  },
  {
    id: "text-before",
    category: "prompt-extraction",
    weight: 0.5,
    triggers: pairs(
      ["sentences", "sentence", "words", "lines", "satze", "zeilen"],
      ["before", "above", "preceding", "vor"],
    ),
    pattern: `${S}${any("the", "this", "dem", "diesem")}${next("text", "prompt", "message")}`,
  },
  {
    id: "system-prompt-mention",
    category: "prompt-extraction",
    weight: 0.35,
    triggers: ["system", "systemprompt", "systemanweisung", "systemanweisungen"],
    pattern: `(?:${S0}${any("prompts?", "messages?", "instructions")}${E})?`,
  },
];
