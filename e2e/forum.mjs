// A forum in a real browser (Debian's Chromium): a participant registers
// for the upcoming forum and a session, finds the mail in the outbox,
// opens the badge PDF; the organizer checks them in on a phone-sized
// window and the attendance count moves (live at a second door too); a
// second scan says it was done.
//
// Usage: BIRLIK_BIN=target/debug/birlik node e2e/forum.mjs
// Exit status 0 when every step held.

import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';

const bin = process.env.BIRLIK_BIN || 'target/debug/birlik';
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const data = mkdtempSync(join(tmpdir(), 'birlik-forum-'));
const FORUM = '/forums/solidarity-forum-2027';
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
  // The participant, on a laptop.
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const participant = await laptop.newPage();
  participant.setDefaultTimeout(30_000);
  const who = 'coordinator.kg@birlik.test';
  await signIn(participant, who);
  await participant.goto(`${base}${FORUM}`);
  await participant.selectOption('select[name=delegation]', 'KG');
  await participant.click('form[data-draft=forum-register] button[type=submit]');
  await participant.waitForURL(/\/me\?done=/);
  check(/done=(confirmed|pending)/.test(participant.url()), 'registered for the forum');
  const code = (await participant.textContent('p.code code')).trim();
  check(/^\d+-[0-9A-Z]{12}$/.test(code), `the check-in code is shown (${code})`);
  check(await participant.$('div.qr svg[role=img]') !== null, 'with its QR code');

  // A session: the forum page offers it now.
  await participant.goto(`${base}${FORUM}`);
  const sessionButtons = await participant.$$('article.session form button[type=submit]');
  check(sessionButtons.length > 0, 'the sessions can be registered for');
  await sessionButtons[0].click();
  await participant.waitForURL(/\/me\?done=/);
  check(/done=(confirmed|pending|waitlisted)/.test(participant.url()), 'registered for a session');

  // The mail, from the outbox (the worker sends it at once).
  let mails = [];
  for (let i = 0; i < 50 && mails.length < 2; i++) {
    mails = mailsTo(who);
    if (mails.length < 2) await new Promise((r) => setTimeout(r, 200));
  }
  check(mails.some((m) => m.includes('/forums/solidarity-forum-2027/me')), 'the mail links the participant\'s page');
  check(mails.some((m) => m.includes(code) && m.includes('Content-Type: image/png; name="checkin-')),
    'the mail carries the check-in code and its QR code');

  // The badge.
  const badge = await participant.request.get(`${base}${FORUM}/badge.pdf`);
  check(badge.status() === 200 && badge.headers()['content-type'] === 'application/pdf', 'the badge is a PDF');
  const bytes = await badge.body();
  check(bytes.subarray(0, 5).toString() === '%PDF-' && bytes.length > 10_000, `the badge has a body (${bytes.length} bytes)`);

  // The organizer, on a phone.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const door = await phone.newPage();
  door.setDefaultTimeout(30_000);
  await signIn(door, 'organizer@birlik.test');
  await door.goto(`${base}${FORUM}/checkin?event=solidarity-forum-2027`);
  const before = Number(await door.textContent('#attendance'));
  // A second door, open on the same session: its count follows without a reload.
  const otherDoor = await phone.newPage();
  await otherDoor.goto(`${base}${FORUM}/checkin?event=solidarity-forum-2027`);
  await door.fill('input[name=code]', code.toLowerCase());
  await door.click('form.checkin button[type=submit]');
  await door.waitForSelector('p[role=alert]');
  check((await door.textContent('p[role=alert]')).includes('is checked in'), 'the organizer checks the participant in');
  const after = Number(await door.textContent('#attendance'));
  check(after === before + 1, `the attendance count moves (${before} → ${after})`);
  await otherDoor.waitForFunction((n) => document.getElementById('attendance').textContent === String(n), after, { timeout: 15_000 });
  check(true, 'and moves at the other door too, without a reload');
  await door.fill('input[name=code]', code);
  await door.click('form.checkin button[type=submit]');
  await door.waitForSelector('p[role=alert]');
  check((await door.textContent('p[role=alert]')).includes('was already checked in'), 'a second scan says when and by whom');
  check(Number(await door.textContent('#attendance')) === after, 'and counts nobody twice');
  const overflow = await door.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `check-in fits a phone (overflow ${overflow})`);
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
process.exit(failed ? 1 : 0);
