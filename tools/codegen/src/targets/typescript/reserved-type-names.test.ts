import { describe, it } from 'vitest';
import { expectTemplateTypesReserved } from '../../test-support/template-types';
import { typescriptTypeNameProblem } from './naming';

describe('the TypeScript type names a table chooses', () => {
  it('may not be any type the generated code and its tests name without qualification (templates/typescript)', () => {
    expectTemplateTypesReserved('typescript', /\.(ts|mjs|cjs)\.hbs$/, typescriptTypeNameProblem);
  });
});
