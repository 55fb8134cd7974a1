// The directions imports may point in, checked by `npm test` (tests/import-layers.test.ts).
// lib/'s layers, from the foundation up: each may import only the layers before it.
// README.md ("How it is built") names the same layers in the same order.
const layers = ['model', 'urls', 'mdx', 'hubs', 'content', 'site-index', 'outputs'];
const layerPath = (layer) => (layer === 'urls' ? '^lib/urls\\.ts$' : `^lib/${layer}/`);

const layerRules = layers.map((layer, index) => ({
  name: `layer-${layer}`,
  comment: `lib/${layer} may import only ${index === 0 ? 'no other layer' : layers.slice(0, index).join(', ')}`,
  severity: 'error',
  from: { path: layerPath(layer) },
  to: { path: layers.slice(index + 1).map(layerPath).concat('^lib/search/') },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'an import cycle, type imports included',
      severity: 'error',
      from: { path: '^(lib|app|components|scripts)/' },
      to: { circular: true },
    },
    {
      name: 'lib-imports-no-callers',
      comment: 'lib/ is imported by routes, components and scripts, never the other way',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(app|components|scripts)/' },
    },
    {
      name: 'no-client-navigation',
      comment: "pages link with plain <a>: npm run build deletes the files next/link fetches (README.md, Deploying)",
      severity: 'error',
      from: { path: '^(lib|app|components)/' },
      to: { path: '^node_modules/next/link\\b' },
    },
    ...layerRules,
    {
      name: 'search-imports-only-model',
      comment: 'lib/search runs in the browser: it may import only lib/model',
      severity: 'error',
      from: { path: '^lib/search/' },
      to: { path: '^lib/', pathNot: '^lib/(model|search)/' },
    },
    {
      name: 'islands-import-only-browser-code',
      comment: 'an island (components/*-island.ts) runs in the browser: it may import only lib/model and lib/search',
      severity: 'error',
      from: { path: '^components/.*-island\\.ts$' },
      to: { path: '^(lib|app|components|scripts)/', pathNot: '^lib/(model|search)/' },
    },
    {
      name: 'lib-is-layered',
      comment: 'every module of lib/ belongs to a layer (or to search)',
      severity: 'error',
      from: { path: '^lib/', pathNot: `(${layers.map(layerPath).join('|')}|^lib/search/)` },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // next/link stays in view for the no-client-navigation rule; the rest of node_modules is left out.
    exclude: { path: '(^|/)(node_modules/(?!next/link\\b)|(\\.next|out|\\.e2e|\\.previous-build|tests/fixtures)/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.mjs', '.js'] },
  },
};
