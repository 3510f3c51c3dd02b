// Forms people can finish, in a real browser (Debian's Chromium): every
// problem at once in the visitor's language with the focus on the summary,
// the attached document kept for the retry, and typed values surviving a
// language switch and a session that expired on submit.
//
// Usage: BIRLIK_BIN=target/debug/birlik node e2e/forms.mjs [screenshot-dir]
// Exit status 0 when every step held.

import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';

const bin = process.env.BIRLIK_BIN || 'target/debug/birlik';
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const shots = process.argv[2];
const data = mkdtempSync(join(tmpdir(), 'birlik-forms-'));

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

async function signIn(page, lang, email, password) {
  await page.goto(`${base}/${lang}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('form.form button[type=submit]');
}

let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);

  // 1. Typed values survive switching the language.
  await page.goto(`${base}/signup`);
  await page.fill('input[name=name]', 'Айгерім Сәрсенова');
  await page.fill('input[name=email]', 'aigerim@example.org');
  await page.click('a[hreflang=kk]');
  await page.waitForURL(/\/kk\/signup/);
  check(await page.inputValue('input[name=name]') === 'Айгерім Сәрсенова', 'the name typed survives switching to Kazakh');
  check(await page.inputValue('input[name=password]') === '', 'a password is never kept');

  // 2. Every problem at once, in Kazakh, with the focus on the summary.
  await signIn(page, 'kk', 'coordinator.kz@birlik.test', 'birlik-demo-2026');
  await page.waitForURL(/\/account/);
  const pdf = join(data, 'certificate.pdf');
  writeFileSync(pdf, '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  await page.goto(`${base}/kk/apply`);
  await page.selectOption('select[name=country]', 'KZ');
  await page.fill('input[name=name]', 'Дала жастары қоғамдық бірлестігі');
  await page.fill('input[name=founded]', 'екі мың');
  await page.fill('input[name=website]', 'dala.kz');
  await page.selectOption('select[name=registry_scheme]', 'KZ-BIN');
  await page.fill('input[name=registry_value]', '123');
  await page.setInputFiles('input[name=evidence]', pdf);
  // The browser's own checks would stop at the website field; the server's are what is tested.
  await page.$eval('form[data-draft]', (f) => { f.noValidate = true; });
  await page.click('form.form button[type=submit]');
  await page.waitForSelector('.error-summary');
  const summary = await page.textContent('.error-summary');
  check((await page.$$('.error-summary li')).length >= 3,
    'the summary lists the year, the website and the registry number at once');
  check(summary.includes('жыл, мысалы 2004'), 'the year problem is said in Kazakh');
  check(!/a year, like/.test(await page.content()), 'no English problem on the Kazakh page');
  check(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), 'the focus is on the summary');
  check(await page.getAttribute('#f-founded', 'aria-invalid') === 'true', 'the year field is marked invalid');
  check(await page.inputValue('input[name=name]') === 'Дала жастары қоғамдық бірлестігі', 'the typed name is kept');
  check(await page.$('#evidence-kept') !== null, 'the document is kept for the retry');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `the form with errors does not scroll sideways at 390 px (overflow ${overflow})`);
  if (shots) await page.screenshot({ path: join(shots, 'screenshot-apply-errors-kk.png'), fullPage: true });

  // 3. A session that expired on submit keeps the draft across sign-in.
  await page.goto(`${base}/kk/apply`);
  await page.fill('input[name=name]', 'Ертіс өңірі еріктілері');
  await page.fill('input[name=city]', 'Павлодар');
  await context.clearCookies();
  await page.$eval('form[data-draft]', (f) => { f.noValidate = true; });
  await page.click('form.form button[type=submit]');
  await page.waitForURL(/\/login/);
  await page.fill('input[name=email]', 'coordinator.kz@birlik.test');
  await page.fill('input[name=password]', 'birlik-demo-2026');
  await page.click('form.form button[type=submit]');
  await page.waitForURL(/\/apply/);
  check(await page.inputValue('input[name=name]') === 'Ертіс өңірі еріктілері', 'after signing in again the typed name is back');
  check(await page.inputValue('input[name=city]') === 'Павлодар', 'and the city');
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
process.exit(failed ? 1 : 0);
