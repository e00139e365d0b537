import { describe, expect, it } from 'vitest';
import { goModulePathProblem } from './naming';

/**
 * Module paths tried with go 1.26 (`go vet ./...` in the module, and `go build` of an app that requires it through a
 * replace directive): what each said. `goModulePathProblem` refuses exactly the ones Go refuses, plus those CheckPath
 * refuses for `go get` (a first element without a dot, a leading dot), which a local replace does not check.
 */
const refused: readonly [path: string, go: string][] = [
  ['example.org/t2/-', 'invalid input directory name "-"'],
  ['example.org/t2/-x', 'invalid input directory name "-x"'],
  ['example.org/x/~y', 'invalid input directory name "~y"'],
  ['example.org/x/y~1.z', 'malformed module path: trailing tilde and digits in path element'],
  ['example.org/x/Con.txt', 'malformed module path: "Con" disallowed as path element component on Windows'],
  ['example.org/x/y.', 'malformed module path: trailing dot in path element'],
  ['example.org/x/.y', 'CheckPath: leading dot in path element'],
  ['example.org/x/..', 'CheckPath: invalid path element ".."'],
  ['example.org/x/@y', 'malformed module path: invalid char "@"'],
  ['example.org/internal/x', 'an app: use of internal package example.org/internal/x not allowed'],
  ['example.org/x/internal', 'an app: use of internal package example.org/x/internal not allowed'],
  ['example.org/vendor/x', 'use of vendored package not allowed'],
  ['example.org/x/v1', 'an app: malformed module path "example.org/x/v1"'],
  ['example.org/x/v0', 'an app: malformed module path "example.org/x/v0"'],
  ['example.org/x/v1.2', 'CheckPath: invalid version'],
  ['gopkg.in/x', 'an app: malformed module path "gopkg.in/x"'],
  ['example/x', 'CheckPath: missing dot in first path element'],
  ['-example.org/x', 'CheckPath: leading dash'],
  ['Example.org/x', 'CheckPath: invalid char "E" in first path element'],
  ['example.org//x', 'CheckPath: double slash'],
  ['example.org/x/', 'CheckPath: trailing slash'],
  ['example.org/x/y+', 'CheckPath: invalid char "+" (import paths allow it, module paths do not)'],
];

const accepted = [
  'github.com/errtable/errtable/packages/go',
  'example.org/-x/y',
  'example.org/~x/y',
  'example.org/x/_y',
  'example.org/x/testdata',
  'example.org/x/Upper',
  'example.org/x/a..b',
  'example.org/x/vendor',
  'example.org/x/v2',
  'example.org/x/y.v1',
  'ex-.org/x',
  'gopkg.in/yaml.v3',
];

describe('goModulePathProblem', () => {
  it.each(refused)('refuses %s (go: %s)', (path) => {
    expect(goModulePathProblem(path)).toEqual(expect.any(String));
  });

  it.each(accepted)('accepts %s', (path) => {
    expect(goModulePathProblem(path)).toBeUndefined();
  });

  it('says which element the go command refuses, and why', () => {
    expect(goModulePathProblem('github.com/t2/-')).toBe(
      'ends in "-"; the go command refuses a package directory whose name starts with anything but a letter, a digit or "_" (invalid input directory name)',
    );
  });
});
