// Renders the site's static images into public/ with the same Chromium the tests use. Run it only
// when the logo changes (the PNGs are committed):  npx node tests/tools/make-images.mjs
// The share image has no words on purpose: one image serves five languages (its alt text is translated).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const accent = '#0b5cad';
const mark = (size, fill = accent, radius = 8) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" rx="${radius}" fill="${fill}"/><path d="M10 11h12M10 16h12M10 21h7" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/></svg>`;

const page = (width, height, body) =>
  `<!doctype html><html><head><style>html,body{margin:0;width:${width}px;height:${height}px;overflow:hidden;background:transparent}body{display:grid;place-items:center}</style></head><body>${body}</body></html>`;

const shareImage = page(
  1200,
  630,
  `<div style="width:1200px;height:630px;display:flex;align-items:center;justify-content:center;gap:96px;background:linear-gradient(135deg,#f4f6f9,#e6f0fa)">
    ${mark(220)}
    <div style="display:flex;flex-direction:column;gap:34px">
      ${[1, 2, 3]
        .map(
          (n, i) => `<div style="display:flex;align-items:center;gap:28px">
            <div style="width:72px;height:72px;border-radius:50%;background:${i === 2 ? accent : '#fff'};border:4px solid ${accent};display:grid;place-items:center;font:700 34px system-ui,sans-serif;color:${i === 2 ? '#fff' : accent}">${n}</div>
            <div style="width:${[380, 300, 340][i]}px;height:22px;border-radius:11px;background:${i === 2 ? accent : '#c9d6e6'}"></div>
          </div>`,
        )
        .join('')}
    </div>
  </div>`,
);

const images = [
  { file: 'icon-192.png', size: 192, html: page(192, 192, mark(192)) },
  { file: 'icon-512.png', size: 512, html: page(512, 512, mark(512)) },
  // Home screens crop maskable icons to a circle: full bleed, the lines inside the safe zone.
  {
    file: 'icon-maskable-512.png',
    size: 512,
    html: page(
      512,
      512,
      `<div style="width:512px;height:512px;background:${accent};display:grid;place-items:center">${mark(360, accent, 0)}</div>`,
    ),
  },
  // iOS draws its own rounded corners and shows transparency as black: square, opaque.
  { file: 'apple-touch-icon.png', size: 180, html: page(180, 180, mark(180, accent, 0)) },
  { file: 'og-default.png', width: 1200, height: 630, html: shareImage },
];

const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
});
for (const image of images) {
  const width = image.width ?? image.size;
  const height = image.height ?? image.size;
  const tab = await browser.newPage({ viewport: { width, height } });
  await tab.setContent(image.html);
  await tab.screenshot({
    path: `public/${image.file}`,
    omitBackground: image.file.startsWith('icon-') && !image.file.includes('maskable'),
  });
  await tab.close();
  console.log(`public/${image.file}`);
}
await browser.close();
