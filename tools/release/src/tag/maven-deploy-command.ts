import type { ErrorTable } from '@errtable/codegen/dist/table';
import { packageDir } from '@errtable/codegen/dist/targets/target';

/** The command that deploys the Kotlin library; the repository is the maintainer's (its credentials live in settings.xml). */
export function mavenDeployCommand(table: ErrorTable, version: string): string[] {
  const { groupId, artifactId } = table.packages.kotlin;
  return [
    `Kotlin: deploy ${groupId}:${artifactId}:${version} from the tagged commit:`,
    `  mvn -B -f ${packageDir('kotlin')}/pom.xml clean deploy -DaltDeploymentRepository=<server-id>::<repository-url>`,
    `  (<server-id> is the <server> in ~/.m2/settings.xml holding the credentials; see docs/releasing.md)`,
  ];
}
