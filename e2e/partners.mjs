// Partners in a real browser (Debian's Chromium): an Azerbaijani youth
// NGO's editor finds Kazakh partners on a phone, proposes cooperation; the
// Kazakh editor finds the mail in the outbox and accepts; the partnership
// shows on both profiles, in the coverage matrix and in the statistics.
//
// Usage: BIRLIK_BIN=target/debug/birlik node e2e/partners.mjs
// Exit status 0 when every step held.

import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';

const bin = process.env.BIRLIK_BIN || 'target/debug/birlik';
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const data = mkdtempSync(join(tmpdir(), 'birlik-partners-'));
const PASSWORD = 'birlik-demo-2026';

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

function check(condition, what) {
  if (!condition) throw new Error(`step failed: ${what}`);
  console.log(`ok - ${what}`);
}

function mailsTo(to) {
  const dir = join(data, 'outbox');
  return readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).filter((t) => t.includes(`\nTo: ${to}\n`));
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(bin, ['serve', '--demo', '--data', data, '--addr', `127.0.0.1:${port}`, '--public-url', base], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => { out += d; if (out.includes('serving at')) resolve(); });
  server.on('exit', (code) => reject(new Error(`birlik serve exited with ${code}`)));
  setTimeout(() => reject(new Error('the server did not start within 120 s')), 120_000);
});

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});

async function signIn(page, email) {
  await page.goto(`${base}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', PASSWORD);
  await page.click('form.form button[type=submit]');
  await page.waitForURL(/\/account/);
}

let failed = false;
try {
  // The Azerbaijani youth NGO's editor, on a phone.
  const azContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const az = await azContext.newPage();
  az.setDefaultTimeout(30_000);
  await signIn(az, 'youth.az@birlik.test');
  await az.goto(`${base}/partners`);
  await az.click('a[href$="/organizations/az-ngo-0012/partners"]');
  await az.waitForURL(/\/organizations\/az-ngo-0012\/partners/);
  const first = (await az.textContent('ol.cards li:first-child h2')).trim();
  check(first === 'Қазақстан өңірлік журналистика одағы', `the best suggestion is the Kazakh media union (${first})`);
  const why = await az.textContent('ol.cards li:first-child');
  check(/Kazakhstan|Qazaxıstan/.test(why), 'the suggestion says where it is and why');
  // The partner search finds it by its name typed in Latin.
  await az.goto(`${base}/partners?q=${encodeURIComponent('Qazaqstan onirlik jurnalistika')}`);
  check((await az.content()).includes('Қазақстан өңірлік журналистика одағы'), 'the search finds it by its name in Latin');
  await az.goto(`${base}/organizations/az-ngo-0012/partners`);
  await az.click('ol.cards li:first-child a.button');
  await az.waitForURL(/\/propose\?to=kz-ngo-0042/);
  await az.fill('input[name=activity]', 'Media school for young reporters, Baku–Almaty');
  await az.fill('textarea[name=message]', 'Salam! Gəlin birlikdə gənc jurnalistlər üçün məktəb açaq.');
  await az.fill('input[name=starts_on]', '2027-06-01');
  await az.fill('input[name=ends_on]', '2027-06-14');
  await az.click('form.form button[type=submit]');
  await az.waitForURL(/\/partners\/proposals\?done=sent/);
  check(true, 'the Azerbaijani editor proposes cooperation');
  const overflow = await az.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `the proposals fit a phone (overflow ${overflow})`);

  // The mail reaches the Kazakh editor, in Kazakh; they accept.
  let mail = [];
  for (let i = 0; i < 40 && mail.length === 0; i++) {
    mail = mailsTo('media.kz@birlik.test');
    if (mail.length === 0) await new Promise((r) => setTimeout(r, 250));
  }
  check(mail.length === 1 && mail[0].includes('/kk/partners/proposals'), 'the proposal is in the outbox, in Kazakh');
  const kzContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const kz = await kzContext.newPage();
  kz.setDefaultTimeout(30_000);
  await signIn(kz, 'media.kz@birlik.test');
  await kz.goto(`${base}/kk/partners/proposals`);
  const card = kz.locator('li[data-state=pending]', { hasText: 'Media school for young reporters' });
  await card.locator('select[name=role_receiver]').selectOption('extending');
  await card.locator('button[value=accept]').click();
  await kz.waitForURL(/done=accepted/);
  check(true, 'the Kazakh editor accepts');
  let answered = [];
  for (let i = 0; i < 40 && answered.length === 0; i++) {
    answered = mailsTo('youth.az@birlik.test');
    if (answered.length === 0) await new Promise((r) => setTimeout(r, 250));
  }
  check(answered.length === 1, 'the acceptance is in the outbox for the Azerbaijani editor');

  // The partnership on both profiles, in the coverage matrix and the statistics.
  const anon = await (await browser.newContext()).newPage();
  await anon.goto(`${base}/organizations/az-ngo-0012`);
  check((await anon.textContent('#partnerships')).includes('Қазақстан өңірлік журналистика одағы'), 'the partnership shows on the Azerbaijani profile');
  await anon.goto(`${base}/organizations/kz-ngo-0042`);
  check((await anon.textContent('#partnerships')).includes('Gənc Liderlər'), 'and on the Kazakh profile');
  const coverage = await (await anon.request.get(`${base}/api/v1/coverage`)).json();
  const pair = coverage.pairs.find((p) => p.a === 'AZ' && p.b === 'KZ');
  check(pair && pair.partnerships >= 2, `the coverage matrix counts it (AZ–KZ: ${pair && pair.partnerships})`);
  const stats = await (await anon.request.get(`${base}/api/v1/statistics`)).json();
  const chart = stats.charts.find((c) => c.columns.includes('partnerships'));
  const row = chart && chart.rows.find((r) => r.key.includes('AZ') && r.key.includes('KZ'));
  const counted = row && row.values[chart.columns.indexOf('partnerships')];
  check(counted === pair.partnerships, `the statistics count it the same (AZ–KZ: ${counted})`);
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
process.exit(failed ? 1 : 0);
