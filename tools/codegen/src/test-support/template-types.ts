import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { templatesDir } from '../paths';

/** Every template of a language that is source code (not package.json, tsconfig, pom.xml or Package.swift). */
function sourceTemplates(language: string, sources: RegExp): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (sources.test(entry.name)) found.push(readFileSync(join(dir, entry.name), 'utf8'));
    }
  };
  walk(join(templatesDir, language));
  return found;
}

/** A JavaScript regular expression literal, where an operand may start: `/[\p{L}]$/u` names no type. */
const regexLiteral = /(?<=(?:^|[(,=:[!&|?{};]|\breturn)\s*)\/(?![/*])(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[a-z]*/gm;

/**
 * The capitalised names a template's code refers to without qualification: what is left once the view's values
 * (mustaches), comments, string literals, regular expression literals, imports and qualified members (after a dot)
 * are taken out.
 */
function unqualifiedCapitalisedNames(template: string): Set<string> {
  const code = template
    .replace(/\{\{[^}]*\}\}/g, '\u0001')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/.*$/gm, ' ')
    .replace(/#?"""[\s\S]*?"""#?/g, ' ')
    .replace(/"(?:[^"\\\n]|\\.)*"/g, ' ')
    .replace(/`(?:[^`\\]|\\.)*`/g, ' ')
    .replace(regexLiteral, ' ')
    .replace(/^\s*(?:import|package)\b.*$/gm, ' ');
  // After a value (`{{typeName}}Tests`) a name is the end of a generated identifier, not a name of its own.
  return new Set([...code.matchAll(/(?<![.\w$#\u0001])[A-Z][A-Za-z0-9_]*/g)].map(([name]) => name));
}

/** Declarations of the generated code whose names are not types a type of the same name would shadow. */
const notTypes = new Set(['VERSION']);

/**
 * Checks that `problem` refuses every capitalised name the language's source templates (`sources`, under
 * `templates/<language>`) use without qualification: a type the table may name would shadow it.
 */
export function expectTemplateTypesReserved(language: string, sources: RegExp, problem: (name: string) => string | undefined): void {
  const used = new Set(sourceTemplates(language, sources).flatMap((template) => [...unqualifiedCapitalisedNames(template)]));
  const allowed = [...used].filter((name) => !notTypes.has(name) && problem(name) === undefined);
  expect(allowed, "add these to the language's usedTypes in naming.ts").toEqual([]);
  expect(used.size).toBeGreaterThan(3);
}
