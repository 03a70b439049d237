import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig } from 'wxt';
import { LOCAL_DEV_MATCHES, OPTIONAL_HOST_MATCHES, SUPPORTED_SITE_MATCHES } from './extension/sites/patterns.ts';
import { SYNC_DATA_COLLECTION } from './extension/sync/data-collection.ts';
import { nodeFonts } from './extension/tailor/node-fonts.ts';
import { SHIPPED_FONTS } from './extension/tailor/shipped-fonts.ts';

export default defineConfig({
  srcDir: 'extension',
  // Icons and other static files live with the extension's code (WXT's default is the root).
  publicDir: 'extension/public',
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
    // activeTab + scripting read any other page when the user asks (toolbar button, shortcut,
    // context menu); no host permission beyond the site units (see extension/access/).
    permissions: ['storage', 'tabs', 'alarms', 'notifications', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: [...SUPPORTED_SITE_MATCHES],
    ...(browser === 'firefox' && manifestVersion === 2
      ? { optional_permissions: [...OPTIONAL_HOST_MATCHES] }
      : { optional_host_permissions: [...OPTIONAL_HOST_MATCHES] }),
    action: { default_title: 'Open Jobsmith' },
    commands: {
      autofill: { suggested_key: { default: 'Alt+Shift+F' }, description: 'Autofill the application form in this tab' },
      'read-page': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Read the job in this tab, on any site' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'jobsmith@jobsmith.dev',
              strict_min_version: '115.0',
              // Nothing leaves the device unless the user signs in to sync, which asks for these.
              data_collection_permissions: { required: ['none'], optional: [...SYNC_DATA_COLLECTION] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // Data files ship gzip-compressed and are decompressed as they are read (extension/packaged-file.ts):
    // the PDF fonts (DejaVu Sans cut to the scripts a resume is written in, extension/tailor/node-fonts.ts),
    // so tailoring works offline and no font is fetched from the web; and the skills taxonomy, which
    // the side panel and the background fetch when they first score or parse (shared/match/taxonomy.ts).
    'build:publicAssets': async (wxt, files) => {
      const fonts = await nodeFonts();
      const taxonomy = readFileSync(fileURLToPath(new URL('./shared/match/taxonomy.generated.json', import.meta.url)));
      const packed: Array<[string, Uint8Array]> = [
        [SHIPPED_FONTS.regular, fonts.regular],
        [SHIPPED_FONTS.bold, fonts.bold],
        ['data/taxonomy.json.gz', taxonomy],
      ];
      for (const [relativeDest, bytes] of packed) {
        const absoluteSrc = join(wxt.config.wxtDir, 'packaged', relativeDest);
        mkdirSync(dirname(absoluteSrc), { recursive: true });
        writeFileSync(absoluteSrc, gzipSync(bytes, { level: 9 }));
        files.push({ absoluteSrc, relativeDest });
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // Autofill runs on every site unit's pages. Its matches are written here rather than in its
      // entrypoint, so its bundle does not carry the registry (every unit's classification rows).
      for (const script of manifest.content_scripts ?? [])
        if (script.js?.includes('content-scripts/autofill.js')) script.matches = [...SUPPORTED_SITE_MATCHES];
      if (wxt.config.mode === 'production') return;
      // Development builds read the local fixture server's pages (no site unit's) without a click:
      // autofill, and the capture script for any page (in production it runs only when asked).
      for (const script of manifest.content_scripts ?? [])
        if (script.js?.includes('content-scripts/autofill.js')) script.matches = [...(script.matches ?? []), ...LOCAL_DEV_MATCHES];
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: [...LOCAL_DEV_MATCHES], js: ['content-scripts/job.js'], run_at: 'document_idle', all_frames: true },
      ];
    },
  },
});
