import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNodeAtLocation, type ParseError, parseTree } from 'jsonc-parser';
import { packageDir, type Target } from '../targets/target';
import { type OutputProblem, shownPath, WriteError } from '../write/output-error';

export const initialVersion = '0.1.0';

/** Semantic Versioning 2.0.0, as semver.org spells it: nothing else reaches pom.xml, go.mod or a Swift tag. */
const semver =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function isSemver(version: string): boolean {
  return semver.test(version);
}

/** Line and column (from 1) of an offset in `text`. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

const hint = 'Write a semantic version such as 1.2.3 or 2.0.0-rc.1 there (`npm run version-packages` sets it), then run generate again';

/** The version in one package.json text, or the problem with it; no `version` at all is no version. */
export function versionIn(text: string, file: string): { version?: string; problem?: OutputProblem } {
  return versionParsed(text) ?? versionLocated(text, file);
}

/**
 * The common case, read with `JSON.parse` (native, where jsonc-parser's scanner runs as JavaScript on every run): a
 * manifest that parses, with a semantic version or none. Undefined when there is a problem for `versionLocated`.
 */
function versionParsed(text: string): { version?: string } | undefined {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return undefined;
  if (!Object.hasOwn(manifest, 'version')) return {};
  const { version } = manifest as { version: unknown };
  return typeof version === 'string' && isSemver(version) ? { version } : undefined;
}

/** The version read with jsonc-parser, whose tree gives a problem its line and column. */
function versionLocated(text: string, file: string): { version?: string; problem?: OutputProblem } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (tree === undefined || errors.length > 0) {
    const at = positionOf(text, errors[0]?.offset ?? 0);
    return { problem: { file, ...at, message: 'is not valid JSON, so the release version cannot be read from it', hint: 'Fix the JSON (or restore the file from git), then run generate again' } };
  }
  const node = tree.type === 'object' ? findNodeAtLocation(tree, ['version']) : undefined;
  if (node === undefined) return {};
  const at = positionOf(text, node.offset);
  const value = node.value as unknown;
  if (typeof value === 'string' && isSemver(value)) return { version: value };
  const shown = JSON.stringify(value).slice(0, 80);
  return { problem: { file, ...at, message: `"version" is ${shown}, which is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.3)`, hint } };
}

function readManifest(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The release a table's packages are at, from its declared source: the `package.json` files of its packages in the
 * repository (`packages/<table id>/<language>/package.json`), which Changesets bumps together as one fixed group; the
 * highest wins, so a regeneration after `changeset version` carries it into every language. Never read from `--out`:
 * generating elsewhere gives the same files. A table with no package yet starts at 0.1.0.
 */
export function loadReleaseVersion(repositoryRoot: string, tableId: string, targets: readonly Target[]): string {
  const found = targets.flatMap((target) => {
    const path = join(repositoryRoot, packageDir(tableId, target.id), 'package.json');
    const text = readManifest(path);
    return text === undefined ? [] : [versionIn(text, shownPath(path))];
  });
  const problems = found.flatMap(({ problem }) => (problem ? [problem] : []));
  if (problems.length > 0) throw new WriteError(problems);
  const versions = found.flatMap(({ version }) => (version === undefined ? [] : [version]));
  return versions.sort(compareVersions).at(-1) ?? initialVersion;
}

export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [a, b].map((v) => v.split(/[.+-]/).slice(0, 3).map(Number));
  for (let index = 0; index < 3; index += 1) {
    const difference = (pa![index] ?? 0) - (pb![index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
