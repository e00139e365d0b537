import { describe, expect, it } from 'vitest';
import { loadTableFile } from '../load/load-table';
import { tablePath, workspaceRoot } from '../test-support/temp-repo';
import { mavenDeployCommand } from './maven-deploy-command';

describe('mavenDeployCommand', () => {
  it('names the coordinates from the table and deploys the generated pom', () => {
    const [what, command] = mavenDeployCommand(loadTableFile(`${workspaceRoot}/${tablePath}`), '1.2.0');
    expect(what).toBe('Kotlin: deploy io.github.errtable:xgpush-error-codes:1.2.0 from the tagged commit:');
    expect(command).toBe('  mvn -B -f packages/kotlin/pom.xml clean deploy -DaltDeploymentRepository=<server-id>::default::<repository-url>');
  });
});
