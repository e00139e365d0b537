import { describe, expect, it } from 'vitest';
import type { Model } from './build-model';
import { codeDocTextOf } from './text';

describe('codeDocTextOf', () => {
  const code = { code: 7, name: 'SEVEN', description: 'Seven', solution: 'Wait', retryable: false, category: 'internal' };
  const modelAt = (version: string) => ({ id: 'table', repository: 'https://github.com/owner/repo', version, codes: [code] }) as unknown as Model;

  it('links each model\'s own release, even for models that share the table\'s code objects', () => {
    const first = codeDocTextOf(modelAt('1.0.0'), code);
    const second = codeDocTextOf(modelAt('2.0.0'), code);
    expect(first).toBe('Seven\n\nSolution: Wait\n\nReference: https://github.com/owner/repo/blob/tables/table/v1.0.0/docs/reference/table.md#7-seven');
    expect(second).toContain('/blob/tables/table/v2.0.0/');
  });
});
