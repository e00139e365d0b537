import { go } from './go/target';
import { kotlin } from './kotlin/target';
import { swift } from './swift/target';
import type { Target } from './target';
import { typescript } from './typescript/target';

/** Every language the table is generated into. Adding one: a target folder, a template folder, one line here. */
export const targets = [typescript, go, kotlin, swift] as const satisfies readonly Target[];

export type TargetId = (typeof targets)[number]['id'];
