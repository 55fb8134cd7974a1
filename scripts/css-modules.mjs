// Lets code outside Next.js (unit tests, the feed writer of npm run build) import components: a CSS
// Module import yields its class names as written.
import { register } from 'node:module';

const hooks = `
export async function load(url, context, nextLoad) {
  if (!url.endsWith('.module.css')) return nextLoad(url, context);
  return {
    format: 'module',
    shortCircuit: true,
    source: 'export default new Proxy({}, { get: (_, name) => (typeof name === "string" ? name : undefined) });',
  };
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
