import { guardPage } from '../lib/page';
import { xAdapter } from '../lib/page/sites/x';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*', 'https://mobile.x.com/*'],
  runAt: 'document_idle',
  main: (ctx) => guardPage(ctx, xAdapter),
});
