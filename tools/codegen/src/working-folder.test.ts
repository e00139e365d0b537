import { describe, expect, it } from 'vitest';
import { userFolder } from './working-folder';

describe('userFolder (npm run codegen from a subfolder)', () => {
  it('is the folder npm was run in, for the codegen script only', () => {
    expect(userFolder({ npm_lifecycle_event: 'codegen', INIT_CWD: '/repo/schema/tables' })).toBe('/repo/schema/tables');
    expect(userFolder({ npm_lifecycle_event: 'release', INIT_CWD: '/repo/schema/tables' })).toBeUndefined();
    expect(userFolder({ INIT_CWD: '/repo/schema/tables' })).toBeUndefined();
    expect(userFolder({ npm_lifecycle_event: 'codegen', INIT_CWD: '' })).toBeUndefined();
  });
});
