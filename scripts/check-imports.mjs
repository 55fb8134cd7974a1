// npm run check:imports [folder …]: dependency-cruiser with the rules of .dependency-cruiser.cjs, over
// lib/, app/, components/ and scripts/ (or the folders given, of the working directory). dependency-cruiser reads TypeScript (type imports included) through
// TypeScript's compiler API, which TypeScript 7, the project's native compiler, does not have: it is
// given TypeScript 5.9 (the devDependency typescript-5) instead, and nothing else is.
import Module, { register } from 'node:module';

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
const config = new URL('../.dependency-cruiser.cjs', import.meta.url).pathname;
process.argv.splice(2, process.argv.length, ...folders, '--config', config);
await import(new URL('../node_modules/dependency-cruiser/bin/dependency-cruise.mjs', import.meta.url).href);
