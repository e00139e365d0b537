import { describe, it } from 'vitest';
import { expectTemplateTypesReserved } from '../../test-support/template-types';
import { swiftTypeNameProblem } from './naming';

describe('the Swift type names a table chooses', () => {
  it('may not be any type the generated code and its tests name without qualification (templates/swift)', () => {
    expectTemplateTypesReserved('swift', /^(?!Package\.swift)\w+\.swift\.hbs$/, swiftTypeNameProblem);
  });
});
