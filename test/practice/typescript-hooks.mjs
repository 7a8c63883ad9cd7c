/**
 * Node module hooks that run the TypeScript of test/ as it is, for `npm start`: plain Node 20
 * cannot, and vitest, which can, is a test runner. esbuild (already a dev dependency) strips the
 * types file by file, so `import.meta.url` stays each file's own (the harness finds the
 * repository by it), and imports written without an extension find their `.ts` file.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const RELATIVE = /^\.{1,2}\//;
const HAS_EXTENSION = /\.[cm]?[jt]sx?$/;

export async function resolve(specifier, context, nextResolve) {
  if (context.parentURL?.endsWith('.ts') && RELATIVE.test(specifier) && !HAS_EXTENSION.test(specifier)) {
    const candidate = new URL(`${specifier}.ts`, context.parentURL);
    if (existsSync(candidate)) return { url: candidate.href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const { code } = await transform(await readFile(path, 'utf8'), { loader: 'ts', format: 'esm', target: 'node20', sourcefile: path, sourcemap: 'inline' });
  return { format: 'module', source: code, shortCircuit: true };
}
