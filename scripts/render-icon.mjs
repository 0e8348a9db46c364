// Renders media/icon.svg to media/icon.png (128×128, the size the Marketplace shows) with
// Debian's Chromium, the browser the e2e tests use: `node scripts/render-icon.mjs`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from './vscode/server.mjs';

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.goto(pathToFileURL(path.join(ROOT, 'media/icon.svg')).href);
  await page.screenshot({ path: path.join(ROOT, 'media/icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
