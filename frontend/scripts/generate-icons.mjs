// Renders the PWA icons in public/icons/ from the SVG sources in scripts/icons/.
// Run by hand after changing an SVG (not part of the build), then commit the PNGs:
//   cd frontend && node scripts/generate-icons.mjs
// Needs Chromium at /usr/bin/chromium (or CHROMIUM=/path/to/chrome) and playwright-core.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const source = (name) => new URL(`icons/${name}`, import.meta.url);
const output = (name) => new URL(`../public/${name}`, import.meta.url);

// fullBleed: no rounded corners (the platform applies its own mask, and iOS turns transparency black).
// glyphScale 0.78 keeps the bag inside a maskable icon's safe zone, a circle of 40% of the size.
const variants = [
  { svg: 'icon.svg', png: 'icons/icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icons/icon-512.png', size: 512 },
  {
    svg: 'icon.svg',
    png: 'icons/icon-maskable-512.png',
    size: 512,
    fullBleed: true,
    glyphScale: 0.78,
  },
  {
    svg: 'icon.svg',
    png: 'icons/apple-touch-icon-180.png',
    size: 180,
    fullBleed: true,
    glyphScale: 0.9,
  },
  { svg: 'shortcut-sale.svg', png: 'icons/shortcut-sale-96.png', size: 96 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  await mkdir(output('icons'), { recursive: true });
  for (const { svg, png, size, fullBleed = false, glyphScale = 1 } of variants) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const css = `
      html, body { margin: 0; background: transparent; }
      svg { display: block; width: ${size}px; height: ${size}px; }
      ${fullBleed ? '#background { rx: 0; }' : ''}
      #glyph { transform-origin: 256px 256px; transform: scale(${glyphScale}); }`;
    await page.setContent(`<style>${css}</style>${await readFile(source(svg), 'utf8')}`);
    await page.screenshot({ path: output(png).pathname, omitBackground: true });
    await page.close();
    console.log(`${png} (${size}px)`);
  }
  // The favicon is the same drawing, served as SVG.
  await copyFile(source('icon.svg'), output('favicon.svg'));
} finally {
  await browser.close();
}
