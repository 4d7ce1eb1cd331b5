import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterFor } from '@/lib/sites';
import { startPageRuntime } from '@/lib/page/start';

// Wiring only: the runtime (lib/page) finds posts through the site adapter (lib/sites).
export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startPageRuntime(ctx, adapterFor),
});
