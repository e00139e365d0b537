import { describe, it } from 'vitest';
import { expectTemplateTypesReserved } from '../../test-support/template-types';
import { kotlinTypeNameProblem } from './naming';

describe('the Kotlin type names a table chooses', () => {
  it('may not be any type the generated code and its tests name without qualification (templates/kotlin)', () => {
    expectTemplateTypesReserved('kotlin', /\.kt\.hbs$/, kotlinTypeNameProblem);
  });
});
