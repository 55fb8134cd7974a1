import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

// next.config.js as next build reads it: through Next.js's own loader, which also reports the
// experiments that build prints at its start ("- Experiments (use with caution):").
const { default: loadConfig }: typeof import('next/dist/server/config') = createRequire(import.meta.url)('next/dist/server/config');

describe('next.config.js', () => {
  it('turns prefetchInlining off without next build listing it as a red "⨯ prefetchInlining"', async () => {
    let reported: { key: string }[] = [];
    const config = await loadConfig(PHASE_PRODUCTION_BUILD, process.cwd(), {
      silent: true,
      reportExperimentalFeatures: (features) => {
        reported = features;
      },
    });
    assert.equal(config.experimental.prefetchInlining, false);
    assert.deepEqual(reported.map(({ key }) => key), ['cpus']);
  });
});
