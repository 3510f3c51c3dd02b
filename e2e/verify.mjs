// A newcomer's whole path in a real browser (Debian's Chromium):
// sign up, confirm by the mailed link, apply for an organization with its
// registration certificate, get verified by the country's coordinator
// (demo credentials), edit the profile, and see the badge. Then every page
// and form at phone widths, in English and Kazakh: no sideways scrolling,
// no axe-core violation (layout.mjs).
//
// Usage: BIRLIK_BIN=target/debug/birlik node e2e/verify.mjs [screenshot.png]
// BIRLIK_SCREENSHOTS=docs also saves docs/screenshot-apply-390.png and
// docs/screenshot-home-320.png. Exit status 0 when every step held.

import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { checkLayout } from './layout.mjs';

const bin = process.env.BIRLIK_BIN || 'target/debug/birlik';
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const screenshot = process.argv[2];
const data = mkdtempSync(join(tmpdir(), 'birlik-e2e-'));

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

/** The newest mail to `to` in the outbox, and the first link with a token in it. */
function mailedLink(to) {
  const dir = join(data, 'outbox');
  const files = readdirSync(dir).sort().reverse();
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    if (text.includes(`\nTo: ${to}\n`)) {
      const m = text.match(/https?:\/\/\S*\?token=[0-9a-f]{64}/);
      if (m) return m[0];
    }
  }
  throw new Error(`no mail with a link to ${to}`);
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
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  page.setDefaultTimeout(30_000);
  const email = 'leyla.aliyeva@example.org';
  const password = 'solidarity forum in nakhchivan';

  // 1. Sign up.
  await page.goto(`${base}/signup`);
  await page.fill('input[name=name]', 'Leyla Əliyeva');
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('form.form button[type=submit]');
  check((await page.textContent('h1')).includes('Check your email'), 'sign-up asks to check the mail');

  // 2. Confirm through the mailed link, then sign in.
  await page.goto(mailedLink(email));
  await page.click('form.form button[type=submit]');
  check((await page.textContent('h1')).includes('confirmed'), 'the mailed link confirms the account');
  await page.goto(`${base}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('form.form button[type=submit]');
  await page.waitForURL(/\/account/);
  check((await page.content()).includes('Leyla Əliyeva'), 'signed in, the header names the account');

  // 3. Apply for an organization with a registration certificate.
  const pdf = join(data, 'certificate.pdf');
  writeFileSync(pdf, '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  await page.goto(`${base}/apply`);
  await page.selectOption('select[name=country]', 'AZ');
  await page.fill('input[name=name]', 'Naxçıvan Könüllülər Mərkəzi');
  await page.selectOption('select[name=name_lang]', 'az');
  await page.fill('input[name=city]', 'Naxçıvan');
  await page.check('input[name=areas][value=volunteering]');
  await page.fill('textarea[name=description_az]', 'Naxçıvanda gənc könüllülərin mərkəzi.');
  await page.selectOption('select[name=registry_scheme]', 'AZ-VOEN');
  await page.fill('input[name=registry_value]', '1400 123 456');
  await page.setInputFiles('input[name=evidence]', pdf);
  await page.click('form.form button[type=submit]');
  await page.waitForURL(/\/review\//);
  // The application's page, confirming it was received (`?done=applied`).
  const statusUrl = page.url().split('?')[0];
  const orgId = decodeURIComponent(statusUrl.split('/review/')[1]);
  check((await page.textContent('h1')).includes('Waiting for review'), `the application ${orgId} waits for review`);
  check((await page.content()).includes('Application received'), 'the applicant sees the confirmation');

  // 4. The coordinator for Azerbaijan (demo account) verifies it.
  await page.click('nav.account button[type=submit]'); // sign out
  await page.goto(`${base}/login`);
  await page.fill('input[name=email]', 'coordinator.az@birlik.test');
  await page.fill('input[name=password]', 'birlik-demo-2026');
  await page.click('form.form button[type=submit]');
  await page.waitForURL(/\/account/);
  await page.goto(`${base}/review`);
  await page.click(`text=Naxçıvan Könüllülər Mərkəzi`);
  check((await page.content()).includes('AZ-VOEN 1400123456'), 'the coordinator sees the registry number');
  await page.check('input[name=decision][value=verify]');
  await page.click('form.form button[type=submit]');
  await page.waitForURL(statusUrl);
  check((await page.textContent('h1')).includes('Verified'), 'the coordinator verified it');
  check(mailedLink !== null && readdirSync(join(data, 'outbox')).length >= 3, 'mail went out');

  // 5. The applicant edits the profile and sees the badge.
  await page.click('nav.account button[type=submit]');
  await page.goto(`${base}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('form.form button[type=submit]');
  await page.waitForURL(/\/account/);
  check((await page.content()).includes('Naxçıvan Könüllülər Mərkəzi'), 'the account lists the organization');
  await page.goto(`${base}/organizations/${encodeURIComponent(orgId)}/edit`);
  check((await page.content()).includes('8 languages have no description yet'), 'the editor sees the missing translations');
  await page.fill('textarea[name=description_en]', 'A centre for young volunteers in Nakhchivan.');
  await page.click('form.form button[type=submit]');
  await page.waitForURL(new RegExp(`/organizations/${orgId}$`));
  const badge = await page.textContent('h1 .badge.verified');
  check(badge.includes('Verified'), 'the public profile carries the verified badge');
  check((await page.content()).includes('A centre for young volunteers in Nakhchivan.'), 'the edit is public');
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });

  // 6. Anyone finds it by another spelling.
  await page.goto(`${base}/search?q=${encodeURIComponent('Nakhchivan Konullular')}`);
  check((await page.textContent('main')).includes('Naxçıvan Könüllülər Mərkəzi'), 'search finds it across spellings');

  // 7. Every page and form at 320 and 390 px, in English and Kazakh.
  const shots = process.env.BIRLIK_SCREENSHOTS;
  await checkLayout({
    browser, base, check,
    screenshots: shots ? {
      '/apply@390': { path: join(shots, 'screenshot-apply-390.png'), fullPage: true },
      '/@320': join(shots, 'screenshot-home-320.png'),
    } : {},
  });
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
process.exit(failed ? 1 : 0);
