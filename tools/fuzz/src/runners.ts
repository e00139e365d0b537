import type { Runner } from './batch';
import { goRunner } from './languages/go';
import { kotlinRunner } from './languages/kotlin';
import { swiftRunner } from './languages/swift';
import { typescriptRunner } from './languages/typescript';
import type { Language } from './options';

/**
 * How the compile stage runs each language, by target id: a language the registry gains is a compile error here
 * until `tools/fuzz/src/languages/<id>.ts` runs it.
 */
export const runners = {
  typescript: typescriptRunner,
  go: goRunner,
  kotlin: kotlinRunner,
  swift: swiftRunner,
} satisfies Record<Language, Runner>;
