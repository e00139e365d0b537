import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Model } from '../model/build-model';
import type { Target } from '../targets/target';
import { loadTemplates } from './load-templates';

const model = { codes: [] } as unknown as Model;
const target: Target = {
  id: 'fake',
  label: 'Fake',
  memberName: (name) => name,
  files: () => [{ template: 'file.txt.hbs', path: 'out/file.txt' }],
  buildView: () => ({}),
};

function templatesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'errtable-templates-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('loadTemplates', () => {
  it('reads the templates the targets name and every partial, with LF line endings whatever the checkout uses', () => {
    const dir = templatesDir({ 'fake/file.txt.hbs': 'one\r\ntwo\r\n', 'partials/header.hbs': '{{generated}}\r\n', 'partials/notes.txt': 'not a partial' });
    const { templates, partials } = loadTemplates(dir, [target], model);
    expect([...templates]).toEqual([['fake/file.txt.hbs', 'one\ntwo\n']]);
    expect([...partials]).toEqual([['partials/header.hbs', '{{generated}}\n']]);
  });

  it('names a template the target lists but templates/ lacks, and the file it was for', () => {
    const dir = templatesDir({ 'partials/header.hbs': '' });
    expect(() => loadTemplates(dir, [target], model)).toThrow('templates/fake/file.txt.hbs is missing: the Fake target renders out/file.txt from it');
  });
});
