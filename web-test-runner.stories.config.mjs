// The accessibility sweep over the built Storybook (test/hostile/stories.sweep.ts): axe on every
// story listed in storybook-static/index.json. Runs after `npm run storybook:build`, with the
// same engines and server as the main run; its figures add to the hostile summary line.
import { defaultReporter } from '@web/test-runner';
import main from './web-test-runner.config.mjs';
import { hostileFiguresPlugin } from './scripts/hostile-server.mjs';

export default {
  ...main,
  files: ['test/hostile/stories.sweep.ts'],
  plugins: [
    // The host-page figures belong to the main run: this run's server start must not clear them.
    ...main.plugins.filter((plugin) => !['hostile-figures', 'host-figures'].includes(plugin.name)),
    hostileFiguresPlugin({ append: true }),
  ],
  // The main run's summary file (coverage/browser-tests.json) is left as it is.
  reporters: [defaultReporter()],
  coverage: false,
  testFramework: { config: { timeout: 120000 } },
};
