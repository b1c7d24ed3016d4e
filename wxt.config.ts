import { defineConfig } from 'wxt';
import { francSubset } from './lib/build/franc-subset';
import { geckoId, manifestKey } from './lib/config/identity';
import { francLanguages } from './lib/engine/language';

const productIcons = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));

export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [francSubset(francLanguages)] }),
  // The function form keeps each browser's own keys out of the other's manifest.
  manifest: ({ browser }) => ({
    default_locale: 'nb',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // The icons WXT finds in public/icon/ (drawn by scripts/icons.ts) also stand in the toolbar.
    icons: productIcons,
    action: { default_title: '__MSG_extName__', default_icon: productIcons },
    // Host permissions come from the content scripts' matches (the three sites); nothing else is needed.
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: geckoId, data_collection_permissions: { required: ['none'] } },
          },
        }
      : {
          key: manifestKey,
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
