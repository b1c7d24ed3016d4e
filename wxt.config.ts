import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: {
    name: 'Vær varsom',
    description: 'Warns before you post something that breaks the social-media guideline.',
    permissions: ['storage'],
  },
});
