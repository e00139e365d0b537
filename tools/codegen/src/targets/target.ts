import type { Model } from '../model/build-model';
import type { PackageCoordinates } from '../table';

/** One file a target renders: `template` is relative to `templates/<target id>/`, `path` to the output root. */
export interface TargetFile {
  template: string;
  path: string;
}

/**
 * A language the table is generated into. Every target folder has the same shape:
 * `naming.ts` (identifiers), `escaping.ts` (literals and comments), `target.ts` (this object).
 */
export interface Target {
  readonly id: string;
  /** Human name used in messages, e.g. "Kotlin". */
  readonly label: string;
  /** The identifier a code gets in this language, already escaped against keywords and generated members. */
  memberName(name: string, packages: PackageCoordinates): string;
  /** Every file this target writes for the model, with its template. */
  files(model: Model): TargetFile[];
  /** The values the templates arrange; every identifier and literal is final here. */
  buildView(model: Model): object;
}

/** Where a target's package lives under the output root. */
export function packageDir(targetId: string): string {
  return `packages/${targetId}`;
}

/** The private `package.json` through which Changesets versions a package that npm does not publish. */
export function wrapperPackageName(model: Model, targetId: string): string {
  return `${model.packages.typescript.packageName}-${targetId}`;
}
