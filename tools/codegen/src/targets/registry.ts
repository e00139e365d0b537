import { go } from './go/target';
import { kotlin } from './kotlin/target';
import { swift } from './swift/target';
import { typescript } from './typescript/target';

/**
 * Every language the tables are generated into, and the one list of them: the schema's `packages`, the rules, the
 * Nx projects, fuzz, bench and release all derive theirs from it. Adding a language: a target folder, a template
 * folder and one line here (docs/adding-a-language.md lists the rest).
 */
export const targets = [typescript, go, kotlin, swift] as const;
