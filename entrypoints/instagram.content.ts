import { guardPage } from '../lib/page';
import { instagramAdapter } from '../lib/page/sites/instagram';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main: (ctx) => guardPage(ctx, instagramAdapter),
});
