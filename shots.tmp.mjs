import { chromium } from 'playwright-core';
import { serveDir as serve } from './scripts/lib/static-server.ts';
const [dir, out, ...paths] = process.argv.slice(2);
const server = await serve(dir, { base: '/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const spec of paths) {
  const [path, width = '1280', full = 'full'] = spec.split('@');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
  const name = `${out}/${path.replace(/[^a-z0-9]+/gi, '_')}_${width}.png`;
  if (full === 'full') await page.screenshot({ path: name, fullPage: true });
  else if (full === 'view') await page.screenshot({ path: name });
  else await page.locator(full).first().screenshot({ path: name });
  console.log(name);
  await page.close();
}
await browser.close();
await server.close();
