import { mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeTarget } from '../test-support/fake-target';
import { loadTemplates, templateStamp } from './load-templates';
import type { PrecompiledTemplates } from '../render/handlebars';
import { removeScratchFolders, scratchFolder } from '../test-support/scratch';

afterAll(removeScratchFolders);

const target = fakeTarget();

function templatesDir(files: Record<string, string>): string {
  const dir = scratchFolder('errtable-templates-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('loadTemplates', () => {
  it('reads every template of the targets and every partial, with LF line endings whatever the checkout uses', () => {
    const dir = templatesDir({ 'fake/file.txt.hbs': 'one\r\ntwo\r\n', 'fake/sub/b.hbs': 'b', 'fake/notes.md': 'not a template', 'partials/header.hbs': '{{generated}}\r\n', 'partials/notes.txt': 'not a partial', 'other/x.hbs': 'another target' });
    const { templates, partials } = loadTemplates(dir, [target]);
    expect([...templates]).toEqual([['fake/file.txt.hbs', 'one\ntwo\n'], ['fake/sub/b.hbs', 'b']]);
    expect([...partials]).toEqual([['partials/header.hbs', '{{generated}}\n']]);
  });

  it('takes a precompiled source without reading its file while the file keeps its size and time, and reads it once either changes', () => {
    const dir = templatesDir({ 'fake/a.hbs': 'on disk', 'fake/b.hbs': 'on disk', 'partials/header.hbs': '' });
    const entry = (file: string) => ({ source: 'as precompiled', stamp: templateStamp(join(dir, file)), spec: {} });
    const precompiled: PrecompiledTemplates = { version: '', options: '', templates: { 'fake/a.hbs': entry('fake/a.hbs'), 'fake/b.hbs': entry('fake/b.hbs') } };
    utimesSync(join(dir, 'fake/b.hbs'), new Date(0), new Date(0));
    const { templates } = loadTemplates(dir, [target], [], precompiled);
    expect([...templates]).toEqual([['fake/a.hbs', 'as precompiled'], ['fake/b.hbs', 'on disk']]);
  });

  it('reads a file rewritten with the same size and its old modification time set back (cp -p, rsync -a, touch -r)', () => {
    const dir = templatesDir({ 'fake/a.hbs': 'on disk', 'partials/header.hbs': '' });
    const path = join(dir, 'fake/a.hbs');
    const [atime, mtime] = [1_000_000, 1_000_000];
    utimesSync(path, atime, mtime);
    const precompiled: PrecompiledTemplates = { version: '', options: '', templates: { 'fake/a.hbs': { source: 'on disk', stamp: templateStamp(path), spec: {} } } };
    writeFileSync(path, 'ON DISK');
    utimesSync(path, atime, mtime);
    expect([statSync(path).size, statSync(path).mtimeMs]).toEqual([7, mtime * 1000]);
    expect([...loadTemplates(dir, [target], [], precompiled).templates]).toEqual([['fake/a.hbs', 'ON DISK']]);
  });

  it('names the folder of templates a target lacks', () => {
    const dir = templatesDir({ 'partials/header.hbs': '' });
    expect(() => loadTemplates(dir, [target])).toThrow('templates/fake is missing: every target has a folder of templates named after its id');
  });
});
