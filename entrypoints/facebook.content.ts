import { guardPage } from '../lib/page';
import { facebookAdapter } from '../lib/page/sites/facebook';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*', 'https://facebook.com/*'],
  runAt: 'document_idle',
  main: (ctx) => guardPage(ctx, facebookAdapter),
});
