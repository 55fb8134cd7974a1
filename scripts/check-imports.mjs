// npm run check:imports [folder …]: dependency-cruiser with the rules of .dependency-cruiser.cjs, over
// lib/, app/, components/ and scripts/ (or the folders given, of the working directory). dependency-cruiser reads TypeScript (type imports included) through
// TypeScript's compiler API, which TypeScript 7, the project's native compiler, does not have: it is
// given TypeScript 5.9 (the devDependency typescript-5) instead, and nothing else is.
// Before it, one rule dependency-cruiser cannot see: no 'use client' in app/ or components/. Pages
// are server components only, and the export ships no React (islands do the rest: lib/outputs/islands.ts).
import { readdirSync, readFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import path from 'node:path';

const isDependencyCruiser = (from) => typeof from === 'string' && from.includes('/node_modules/dependency-cruiser/');
const toTypeScript5 = (request) => request.replace(/^typescript(?=\/|$)/, 'typescript-5');

// dependency-cruiser asks require() for TypeScript's version and import() for TypeScript itself.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  return resolveFilename.call(this, isDependencyCruiser(parent?.filename) ? toTypeScript5(request) : request, parent, ...rest);
};
const hooks = `export async function resolve(specifier, context, next) {
  const fromCruiser = ${isDependencyCruiser.toString()};
  return next(fromCruiser(context.parentURL) ? specifier.replace(/^typescript(?=\\/|$)/, 'typescript-5') : specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

const folders = process.argv.length > 2 ? process.argv.slice(2) : ['lib', 'app', 'components', 'scripts'];

const clientDirective = /^\s*(?:(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)\s*)*['"]use client['"]/;
const clientComponents = folders
  .filter((folder) => ['app', 'components'].includes(folder.replace(/\/$/, '')))
  .flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => path.join(folder, name)))
  .filter((file) => /\.(tsx?|jsx?|mjs)$/.test(file) && clientDirective.test(readFileSync(file, 'utf8')));
if (clientComponents.length > 0) {
  for (const file of clientComponents) {
    console.error(`  error no-client-components: ${file} says 'use client': pages are server components; make it an island (components/*-island.ts, lib/outputs/islands.ts)`);
  }
  process.exit(1);
}
const config = new URL('../.dependency-cruiser.cjs', import.meta.url).pathname;
process.argv.splice(2, process.argv.length, ...folders, '--config', config);
await import(new URL('../node_modules/dependency-cruiser/bin/dependency-cruise.mjs', import.meta.url).href);
