import { localeVectors, vectorTranslations } from '../locale/locale-vectors';
import { type Model, unknownName } from './build-model';

const int32Min = -2147483648;
const int32Max = 2147483647;

export interface Vector {
  code: number;
  name: string;
  description: string;
  solution: string;
  retryable: boolean;
  category: string;
  known: boolean;
  deprecated: boolean;
  /** The text in each translation (only in the vectors of a table that has some). */
  translations?: Record<string, { description: string; solution: string }>;
}

/** The first value from `start`, stepping by `step`, that the table does not list. */
function firstUnlisted(listed: ReadonlySet<number>, start: number, step: number): number {
  let code = start;
  while (listed.has(code)) code += step;
  return code;
}

/** Unknown samples: both int32 bounds, a gap above and a gap below zero (each only if the table leaves it free). */
export function unknownSamples(model: Model): number[] {
  const listed = new Set(model.codes.map((code) => code.code));
  const candidates = [int32Min, firstUnlisted(listed, -1, -1), firstUnlisted(listed, 1, 1), int32Max];
  return [...new Set(candidates)].filter((code) => !listed.has(code) && code >= int32Min && code <= int32Max).sort((a, b) => a - b);
}

/**
 * What every language must answer, as data: each listed code, and unknown samples that must report the fallback.
 * Each package's tests read this file and check every entry through the package's public API, in the default
 * language and in every requested locale of `locales.matches`.
 */
export function buildVectors(model: Model) {
  const translated = vectorTranslations(model.locales);
  const known: Vector[] = model.codes.map((code) => ({
    code: code.code,
    name: code.name,
    description: code.description,
    solution: code.solution,
    retryable: code.retryable,
    category: code.category,
    known: true,
    deprecated: code.deprecated !== undefined,
    ...translated(code, code.code),
  }));
  const unknown: Vector[] = unknownSamples(model).map((code) => ({
    code,
    name: unknownName,
    ...model.fallback,
    known: false,
    deprecated: false,
    ...translated(model.fallback, undefined),
  }));
  return { version: model.version, codes: known, unknown, locales: localeVectors(model.locales) };
}

/** The vectors as each package keeps a copy of them (`Target.vectorsPath`): the tests read their own copy. */
export function vectorsText(model: Model): string {
  return `${JSON.stringify(buildVectors(model), null, 2)}\n`;
}
