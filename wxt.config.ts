import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { LOCAL_DEV_MATCHES, OPTIONAL_HOST_MATCHES, SUPPORTED_SITE_MATCHES } from './extension/sites/patterns.ts';

export default defineConfig({
  srcDir: 'extension',
  // Icons and other static files live with the extension's code (WXT's default is the root).
  publicDir: 'extension/public',
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // `npm start` loads the folder in the user's own browser; WXT must not launch one.
  webExt: { disabled: true },
  vite: () => ({
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // zod's /* @__PURE__ */ notes that rollup cannot place; harmless, and noise in every build.
          if (warning.code === 'INVALID_ANNOTATION') return;
          warn(warning);
        },
      },
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Jobsmith',
    description: 'Reads job posts, scores them against your profile, tailors your resume and fills applications.',
    permissions: ['storage', 'tabs', 'alarms', 'notifications'],
    host_permissions: [...SUPPORTED_SITE_MATCHES],
    ...(browser === 'firefox' && manifestVersion === 2
      ? { optional_permissions: [...OPTIONAL_HOST_MATCHES] }
      : { optional_host_permissions: [...OPTIONAL_HOST_MATCHES] }),
    action: { default_title: 'Open Jobsmith' },
    commands: {
      autofill: { suggested_key: { default: 'Alt+Shift+F' }, description: 'Autofill the application form in this tab' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'jobsmith@jobsmith.dev', strict_min_version: '115.0' } } }
      : {}),
  }),
  hooks: {
    // The PDF fonts ship with the extension: tailoring works offline, and no font is fetched from the web.
    'build:publicAssets': (_wxt, files) => {
      for (const name of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'])
        files.push({ absoluteSrc: fileURLToPath(import.meta.resolve(`dejavu-fonts-ttf/ttf/${name}`)), relativeDest: `fonts/${name}` });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === 'production') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...LOCAL_DEV_MATCHES];
    },
  },
});
