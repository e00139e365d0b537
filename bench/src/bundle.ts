import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

export interface BundleSize {
  app: string;
  minified: number;
  gzip: number;
}

const tsc = require.resolve('typescript/bin/tsc');

/**
 * What an app pays for the TypeScript package: the package is compiled as npm ships it (tsc, ESM), then two apps
 * are bundled with esbuild (minified, tree-shaken through the package's `sideEffects: false`) and gzipped: one that
 * only names an enum member, one that looks a code up.
 */
export function bundleSizes(packageDir: string, workDir: string, names: { enumName: string; member: string; lookupName: string; code: number }): BundleSize[] {
  const dist = join(workDir, 'dist');
  execFileSync(process.execPath, [tsc, '-p', join(packageDir, 'tsconfig.json'), '--outDir', dist], { stdio: 'pipe' });
  const apps = {
    'enum only': `import { ${names.enumName} } from ${JSON.stringify(join(dist, 'index.js'))};\nconsole.log(${names.enumName}.${names.member});\n`,
    'lookup helpers': `import { ${names.lookupName} } from ${JSON.stringify(join(dist, 'index.js'))};\nconsole.log(${names.lookupName}(${names.code}).name);\n`,
  };
  return Object.entries(apps).map(([app, source]) => {
    const entry = join(workDir, `${app.replaceAll(' ', '-')}.mjs`);
    writeFileSync(entry, source);
    const result = buildSync({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
    const code = result.outputFiles[0]!.contents;
    return { app, minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
  });
}
