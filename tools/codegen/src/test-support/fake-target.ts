import type { Target } from '../targets/target';

/** A target of no real language, for tests of the stages around targets: every member a test does not set is inert. */
export function fakeTarget(overrides: Partial<Target> = {}): Target {
  return {
    id: 'fake',
    label: 'Fake',
    coordinates: { schema: { type: 'object' }, defaults: () => ({}), unique: [] },
    rules: [],
    memberName: (name) => name,
    usage: { importLine: () => 'import fake', naming: (_, name) => name },
    files: () => [{ template: 'file.txt.hbs', path: 'file.txt' }],
    buildView: () => ({}),
    buildOutputs: [],
    vectorsPath: () => 'vectors.json',
    release: { tags: () => [], publishSteps: () => [] },
    ...overrides,
  };
}
