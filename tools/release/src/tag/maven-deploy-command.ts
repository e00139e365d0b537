import type { ErrorTable } from '@errtable/codegen/dist/table';
import { packageDir } from '@errtable/codegen/dist/targets/target';

/**
 * The command that deploys the Kotlin library; the repository is the maintainer's (its credentials live in settings.xml).
 * `id::default::url` is the form every maven-deploy-plugin accepts (2.x, bound by Maven 3.8, requires the layout).
 */
export function mavenDeployCommand(table: ErrorTable, version: string): string[] {
  const { groupId, artifactId } = table.packages.kotlin;
  return [
    `Kotlin: deploy ${groupId}:${artifactId}:${version} from the tagged commit:`,
    `  mvn -B -f ${packageDir('kotlin')}/pom.xml clean deploy -DaltDeploymentRepository=<server-id>::default::<repository-url>`,
    `  (<server-id> is the <server> in ~/.m2/settings.xml holding the credentials; see docs/releasing.md)`,
  ];
}
