import type { Model } from '../model/build-model';
import type { Rule } from '../validate/rules/rule';
import type { PackageCoordinates } from './coordinates';
import { repositoryPath, type TableIdentity } from './default-names';

/** One file a target renders: `template` is relative to `templates/<target id>/`, `path` to the package's folder. */
export interface TargetFile {
  template: string;
  path: string;
}

/** A file rendered once from every table together (SwiftPM's root `Package.swift`); `path` is relative to the output root. */
export interface WorkspaceFile {
  template: string;
  path: string;
  view: object;
}

/**
 * A language's package coordinates: what a table may set under `packages.<target id>`, and what it gets when it sets
 * nothing (quicktype's per-language options). The schema fragment becomes part of the one table schema.
 */
export interface CoordinatesSpec<C extends object> {
  /** JSON Schema (2020-12) of `packages.<target id>`: every property optional, `defaults` fills what is left out. */
  readonly schema: Readonly<Record<string, unknown>>;
  /** What a table that sets none of the coordinates gets, from its id and repository. */
  defaults(table: TableIdentity): C;
  /** Coordinates no two tables may share (an npm package name, a Go module path): apps could not tell them apart. */
  readonly unique: readonly string[];
  /**
   * Further names a unique coordinate's value takes in a namespace the tables share, each with the role it plays
   * (Swift: module `Foo` also declares the test target `FooTests` in the root Package.swift). No two tables may
   * take the same name, whichever coordinate it came from.
   */
  readonly derivedNames?: Readonly<Record<string, (value: string) => readonly DerivedName[]>>;
}

export interface DerivedName {
  name: string;
  /** What the name is, as a maintainer reads it: "test target in the root Package.swift". */
  role: string;
}

/** How a package is released besides `changeset publish`, which versions it and publishes npm packages. */
export interface ReleaseSteps {
  /** Git tags a release of the package needs (Go: `packages/<table id>/go/vX.Y.Z`); repository-wide tags are the release tool's. */
  tags(model: Model): string[];
  /** What the maintainer runs by hand after tagging, if anything (Maven's deploy), as lines to print. */
  publishSteps(model: Model): string[];
  /**
   * What must hold of the committed package before its release is tagged (Go: from v2 on, go.mod declares the
   * module path ending in `/vN`): a problem per line, none when it may be tagged. `read` reads a repository file.
   */
  verify?(model: Model, read: (path: string) => string | undefined): string[];
  /**
   * True when the language's package manager versions the whole repository rather than a package (SwiftPM's plain
   * `X.Y.Z` tags): its packages of every table ride one release train (docs/releasing.md).
   */
  versionedByRepository?: boolean;
}

/** How a program in a language names a table's codes: what the reference page shows for the selected code. */
export interface TargetUsage {
  /** The line that makes the package's type available: `import { XGPushErrorCode } from "@errtable/xgpush-error-codes";`. */
  importLine(model: Model): string;
  /** The expression that names the code called `name`: `XGPushErrorCode.InvalidToken`. */
  naming(model: Model, name: string): string;
}

/**
 * A language the tables are generated into. Every target folder has the same shape: `coordinates.ts` (what a table
 * sets for it), `naming.ts` (identifiers), `escaping.ts` (literals and comments), `rules.ts` (what it refuses in a
 * table), `target.ts` (this object); docs/adding-a-language.md lists the rest.
 */
export interface Target<C extends object = object> {
  readonly id: string;
  /** Human name used in messages, e.g. "Kotlin". */
  readonly label: string;
  readonly coordinates: CoordinatesSpec<C>;
  /** What this language refuses in a table beyond the shared rules (reserved names, coordinates it cannot build). */
  readonly rules: readonly Rule[];
  /** The identifier a code gets in this language, already escaped against keywords and generated members. */
  memberName(name: string, packages: PackageCoordinates): string;
  /**
   * True when each code's member compiles to a file named after it (Kotlin: an object is a class file): two members
   * that differ only in case are then one file on a case-insensitive file system (macOS, Windows).
   */
  readonly membersAreFiles?: boolean;
  /** Every file this target writes for the model, with its template; paths relative to the package folder. */
  files(model: Model): TargetFile[];
  /** The values the templates arrange; every identifier and literal is final here. */
  buildView(model: Model): object;
  /** Folders inside the package that its build tool writes (`dist`, `target`): never scanned for stale files. */
  readonly buildOutputs: readonly string[];
  /** Where the package keeps its copy of the conformance vectors, relative to its folder (inside it: self-contained). */
  vectorsPath(model: Model): string;
  /** How code names the table's codes, for the reference page (reference/index-page.ts). */
  readonly usage: TargetUsage;
  /** The command that looks a code up from a terminal, when the package ships one (`npx @errtable/xgpush-error-codes`). */
  lookupCommand?(model: Model): string;
  /** Files rendered from every table at once, relative to the output root. */
  workspaceFiles?(models: readonly Model[]): WorkspaceFile[];
  readonly release: ReleaseSteps;
}

/** A target with its id as a literal type, so the registry can derive the union of ids and the coordinates by id. */
export type TargetOf<Id extends string, C extends object> = Target<C> & { readonly id: Id };

/** Where a table's package for a target lives under the output root: `packages/<table id>/<target id>`. */
export function packageDir(tableId: string, targetId: string): string {
  return `packages/${tableId}/${targetId}`;
}

/** The folder holding every package of a table: the only place its stale files are looked for. */
export function tableDir(tableId: string): string {
  return `packages/${tableId}`;
}

/** The name Changesets knows a table's package by: the npm package itself, or a private wrapper for other languages. */
export function wrapperPackageName(model: Model, targetId: string): string {
  return `@${repositoryPath(model.repository).owner}/${model.id}-${targetId}`;
}

/** What a package's Nx project needs besides the defaults of nx.json. */
export interface NxProject {
  /** Folders of the package its build tool writes (`Target.buildOutputs`): left out of the inputs. */
  buildOutputs: readonly string[];
  /** Test inputs besides the package and `toolchain` (SwiftPM's root Package.swift). */
  extraTestInputs?: readonly string[];
  /** False when the test must not run beside another (SwiftPM builds every table's products in one `.build`). */
  parallelism?: boolean;
}

/**
 * The `nx` block of a generated package.json, as JSON indented to sit in it: tags `table:<id>` and `lang:<id>` (so
 * `nx run-many -t test --projects tag:table:<id>` tests one table), the package's own files as its inputs without
 * what its build writes, and the test target's own settings if any.
 */
export function nxBlock(model: Model, targetId: string, project: NxProject): string {
  const inputs = { default: ['{projectRoot}/**/*', ...project.buildOutputs.map((folder) => `!{projectRoot}/${folder}/**`)] };
  const test = {
    ...(project.extraTestInputs === undefined ? {} : { inputs: ['default', 'toolchain', ...project.extraTestInputs] }),
    ...(project.parallelism === undefined ? {} : { parallelism: project.parallelism }),
  };
  const block = { tags: [`table:${model.id}`, `lang:${targetId}`], namedInputs: inputs, ...(Object.keys(test).length === 0 ? {} : { targets: { test } }) };
  return JSON.stringify(block, null, 2).replaceAll('\n', '\n  ');
}
