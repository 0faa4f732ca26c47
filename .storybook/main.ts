import type { StorybookConfig } from '@storybook/web-components-vite';

// Written by hand (no `storybook init`): stories live in stories/, telemetry stays off.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // The snippet builder and the built files it loads (run `npm run build` first).
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../dist', to: '/dist' },
  ],
};

export default config;
