// Layout and accessibility of every public page and every form, in a real
// browser (issue #13): at 320 and 390 px nothing scrolls sideways (and when
// something does, the elements sticking out are named); axe-core finds no
// violation in English and Kazakh; form controls stay inside their cards,
// checkboxes and radios sit left of their labels; the phone header is
// compact and the first search result is on the first screen.
//
// Used by verify.mjs (`checkLayout`), which starts the server and the
// browser. Alone: BIRLIK_BIN=target/debug/birlik node e2e/verify.mjs --layout-only

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Where axe is served from: the site's own origin, so the CSP ('self' scripts) holds as it is. */
const AXE_PATH = '/__e2e__/axe.min.js';

const DEMO_PASSWORD = 'birlik-demo-2026';
const WIDTHS = [320, 390];
const LANGS = ['en', 'kk'];

/** A fresh context (its own cookies) that serves axe from the site's origin. */
async function newContext(browser, base, css) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  context.setDefaultTimeout(30_000);
  await context.route(`${base}${AXE_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: axeSource }));
  if (css) {
    await context.route(`${base}/static/birlik.css`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/css', body: readFileSync(css, 'utf8') }));
  }
  return context;
}

async function signIn(context, base, email) {
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', DEMO_PASSWORD);
  await page.click('form.form button[type=submit]');
  await page.waitForURL(/\/account/);
  await page.close();
}

/** The elements sticking out past the right edge of the viewport, innermost first, as short CSS paths. */
function overflowingElements() {
  const width = document.documentElement.clientWidth;
  const path = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 5; e = e.parentElement) {
      let s = e.localName;
      if (e.id) s += `#${e.id}`;
      else if (e.classList.length) s += `.${[...e.classList].join('.')}`;
      parts.unshift(s);
    }
    return parts.join(' > ');
  };
  // Inside a box that scrolls or clips on its own, an element does not widen
  // the page — unless it is positioned past that box: an absolute element is
  // clipped only by its containing block and what contains that.
  const clips = (e) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX);
  const container = (e) => {
    const position = getComputedStyle(e).position;
    if (position === 'fixed') return null;
    let p = e.parentElement;
    if (position === 'absolute') {
      while (p && p !== document.body && getComputedStyle(p).position === 'static') p = p.parentElement;
    }
    return p;
  };
  const clipped = (el) => {
    for (let e = container(el); e && e !== document.body; e = container(e)) {
      if (clips(e)) return true;
    }
    return false;
  };
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > width + 0.5 && !clipped(el)) {
      // Report the innermost: skip an element when one of its children is reported too.
      out.push({ el, what: `${path(el)} (right edge ${Math.round(r.right)} px)` });
    }
  }
  return out
    .filter(({ el }) => !out.some((o) => o.el !== el && el.contains(o.el)))
    .slice(0, 8)
    .map((o) => o.what);
}

/** Form controls, fieldsets and tables wider than the card or form they are in. */
function escapingControls() {
  const out = [];
  for (const el of document.querySelectorAll('main input:not([type=hidden]), main select, main textarea, main fieldset, main table, main button')) {
    const container = el.parentElement.closest('.card, fieldset, .table-scroll');
    if (!container) continue;
    const c = container.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    // Inside a table's scrolling wrapper, things may be wider than it: they scroll there.
    if (el.closest('.table-scroll')) continue;
    if (r.left < c.left - 0.5 || r.right > c.right + 0.5) {
      out.push(`${el.localName}[name=${el.getAttribute('name') || ''}] ${Math.round(r.left)}–${Math.round(r.right)} px outside ${container.localName}.${[...container.classList].join('.')} ${Math.round(c.left)}–${Math.round(c.right)} px`);
    }
  }
  return out.slice(0, 8);
}

/** Checkboxes and radios that are not on their label's first line, left of its text. */
function misplacedChecks() {
  const out = [];
  for (const input of document.querySelectorAll('main label input[type=checkbox], main label input[type=radio]')) {
    const label = input.closest('label');
    const r = input.getBoundingClientRect();
    // The label's own text: its text nodes' boxes.
    const boxes = [];
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (!t.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(t);
      boxes.push(...[...range.getClientRects()].filter((b) => b.width > 0));
    }
    const first = boxes[0];
    if (!first) continue;
    const sameLine = r.top < first.bottom && r.bottom > first.top;
    if (!sameLine || r.right > first.left + 0.5) {
      out.push(`${input.getAttribute('name')}=${input.value}: box at ${Math.round(r.left)},${Math.round(r.top)}, text at ${Math.round(first.left)},${Math.round(first.top)}`);
    }
  }
  return out.slice(0, 8);
}

/**
 * Names and texts from records and stories that do not say their language
 * (WCAG 3.1.2): each must sit in an element with its own `lang`, not only
 * the page's.
 */
function unmarkedLanguage() {
  const selectors = [
    'ul.records .name', 'ul.records .also', 'ul.news .name', 'ul.news .summary',
    'article.story', '.description p', 'dd[data-text]',
  ];
  // A record's page (it carries JSON-LD) and an application's are titled by a name.
  if (document.querySelector('script[type="application/ld+json"]') || /\/review\/./.test(location.pathname)) {
    selectors.push('main h1');
  }
  const out = [];
  for (const el of document.querySelectorAll(selectors.join(', '))) {
    if (!el.textContent.trim()) continue;
    const marked = el.closest('[lang]');
    const inner = el.querySelectorAll('[lang]').length > 0;
    if ((marked === document.documentElement || !marked) && !inner) {
      out.push(`${el.localName}.${[...el.classList].join('.')} "${el.textContent.trim().slice(0, 40)}"`);
    }
  }
  return out.slice(0, 8);
}

async function runAxe(page) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ url: AXE_PATH });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 240)}`),
    }));
  });
}

/**
 * Visits every page at every width in every language and checks it.
 * `check(condition, what)` throws on a failed step (verify.mjs's).
 * `screenshots` maps `path@width` to a file to save that page to (English),
 * or to `page.screenshot` options;
 * `css`, a stylesheet file served instead of the built-in one (to try a
 * change without rebuilding). Returns the figures measured.
 */
export async function checkLayout({ browser, base, check, screenshots = {}, css }) {
  const anonymous = await newContext(browser, base, css);
  const secretariat = await newContext(browser, base, css);
  const coordinator = await newContext(browser, base, css);
  // A participant of the 2027 forum with meetings booked, asked and asking.
  const participant = await newContext(browser, base, css);
  await signIn(secretariat, base, 'secretariat@birlik.test');
  await signIn(coordinator, base, 'coordinator.az@birlik.test');
  await signIn(participant, base, 'youth.az@birlik.test');

  // Pages found by following links, so the suite follows the demo data.
  const scout = await anonymous.newPage();
  const firstLink = async (path, selector) => {
    await scout.goto(`${base}${path}`);
    const href = await scout.getAttribute(selector, 'href');
    if (!href) throw new Error(`no link ${selector} on ${path}`);
    return href;
  };
  const organization = await firstLink('/organizations', 'ul.records a.name');
  const person = await firstLink('/people', 'ul.records a.name');
  const place = await firstLink('/places', 'ul.records a.name');
  const story = await firstLink('/news', 'ul.news a.name');
  await scout.close();

  // An application waiting for the Azerbaijani coordinator's decision.
  const applicant = await secretariat.newPage();
  await applicant.goto(`${base}/apply`);
  await applicant.selectOption('select[name=country]', 'AZ');
  await applicant.fill('input[name=name]', 'Gəncə Gənclər Evi');
  await applicant.selectOption('select[name=name_lang]', 'az');
  await applicant.fill('input[name=city]', 'Gəncə');
  await applicant.check('input[name=areas][value=youth]');
  await applicant.fill('textarea[name=description_az]', 'Gəncədə gənclər üçün ev.');
  await applicant.selectOption('select[name=registry_scheme]', 'AZ-VOEN');
  await applicant.fill('input[name=registry_value]', '1700 765 432');
  await applicant.setInputFiles('input[name=evidence]', {
    name: 'certificate.pdf', mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await applicant.click('form.form button[type=submit]');
  await applicant.waitForURL(/\/review\//);
  const application = new URL(applicant.url()).pathname;
  await applicant.close();

  const pages = [
    ['home', '/', anonymous],
    ['organizations', '/organizations', anonymous],
    ['people', '/people', anonymous],
    ['places', '/places', anonymous],
    ['an organization', organization, anonymous],
    ['a person', person, anonymous],
    ['a place', place, anonymous],
    ['countries', '/countries', anonymous],
    ['a country', '/countries/AZ', anonymous],
    ['search', '/search?q=youth', anonymous],
    ['search, filtered', '/search?q=youth&type=organization', anonymous],
    ['search, no results', '/search?q=qqxqqz', anonymous],
    ['news', '/news', anonymous],
    ['a story', story, anonymous],
    ['sign-in', '/login', anonymous],
    ['sign-up', '/signup', anonymous],
    ['forgot password', '/password/forgot', anonymous],
    ['apply', '/apply', secretariat],
    ['account settings', '/account', secretariat],
    ['admin', '/admin', secretariat],
    ['review queue', '/review', coordinator],
    ['a review', application, coordinator],
    ['about', '/about', anonymous],
    ['contact', '/contact', anonymous],
    ['privacy notice', '/privacy', anonymous],
    ['terms of use', '/terms', anonymous],
    ['accessibility statement', '/accessibility', anonymous],
    ['editing an organization', application.replace('/review/', '/organizations/') + '/edit', secretariat],
    ['newsroom', '/admin/news/new', secretariat],
    ['audit log', '/admin/audit', secretariat],
    ['job queue', '/admin/jobs', secretariat],
    ['forums', '/forums', anonymous],
    ['a forum', '/forums/solidarity-forum-2025', anonymous],
    ['the coverage matrix of the bilateral forums', '/forums/coverage', anonymous],
    ['the statistics', '/statistics', anonymous],
    ["a country's statistics", '/statistics/AZ', anonymous],
    ['a forum open for registration', '/forums/solidarity-forum-2027', secretariat],
    ['my registration', '/forums/solidarity-forum-2027/me', secretariat],
    ["a forum's lists", '/forums/solidarity-forum-2025/manage', secretariat],
    ['check-in', '/forums/solidarity-forum-2025/checkin', secretariat],
    ['partners', '/partners?area=media', anonymous],
    ['suggested partners', '/organizations/az-ngo-0012/partners', anonymous],
    ['offers and needs', '/organizations/az-agency-ngo-support/interests', secretariat],
    ['proposing cooperation', '/organizations/az-agency-ngo-support/propose?to=kz-ngo-0042', secretariat],
    ['proposals', '/partners/proposals', secretariat],
    ['one-to-one meetings', '/forums/solidarity-forum-2027/meetings', participant],
    ["an organization's profile as its editor (partnerships, memoranda)", '/organizations/az-ngo-0012', participant],
    ["the organizers' meeting tables", '/forums/solidarity-forum-2027/meetings', secretariat],
    ['editing the programme', '/forums/solidarity-forum-2025/edit?event=solidarity-forum-2025-nakhchivan-zangezur', secretariat],
  ];

  const failures = [];
  const figures = {};
  const tabs = new Map();
  for (const context of [anonymous, secretariat, coordinator, participant]) {
    const page = await context.newPage();
    tabs.set(context, page);
  }
  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      for (const [name, path, context] of pages) {
        const page = tabs.get(context);
        await page.setViewportSize({ width, height: 844 });
        const url = `${base}/${lang}${path.replace(/^\/(en|kk)(?=\/|$)/, '')}`;
        const response = await page.goto(url);
        const where = `${name} (${lang}, ${width} px, ${url.slice(base.length)})`;
        if (!response || response.status() !== 200) {
          failures.push(`${where}: status ${response && response.status()}`);
          continue;
        }
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
        }));
        if (scrollWidth > innerWidth) {
          const culprits = await page.evaluate(overflowingElements);
          failures.push(`${where}: ${scrollWidth} px wide in a ${innerWidth} px window; sticking out: ${culprits.join('; ') || '(none found)'}`);
        }
        const escaping = await page.evaluate(escapingControls);
        if (escaping.length) failures.push(`${where}: controls outside their box: ${escaping.join('; ')}`);
        const misplaced = await page.evaluate(misplacedChecks);
        if (misplaced.length) failures.push(`${where}: checkboxes/radios not left of their label: ${misplaced.join('; ')}`);
        const unmarked = await page.evaluate(unmarkedLanguage);
        if (unmarked.length) failures.push(`${where}: names or texts without their own lang: ${unmarked.join('; ')}`);
        const violations = await runAxe(page);
        for (const v of violations) {
          failures.push(`${where}: axe ${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.join('\n      ')}`);
        }
        if (width === 390) {
          const header = await page.evaluate(() => document.querySelector('header.site').getBoundingClientRect().height);
          figures[`header height, ${name}, ${lang}, 390 px`] = Math.round(header);
          if (header > 120) failures.push(`${where}: the header is ${Math.round(header)} px tall (at most 120)`);
        }
        if (path.startsWith('/search')) {
          const state = await page.evaluate(() => ({
            boxes: [...document.querySelectorAll('input[type=search]')].filter((i) => i.getBoundingClientRect().width > 0).length,
            first: document.querySelector('ul.records li')?.getBoundingClientRect().top,
            facets: document.querySelector('aside.filters'),
            emptyFacets: [...document.querySelectorAll('aside.filters')].some((a) => a.querySelectorAll('li').length === 0),
          }));
          if (state.boxes !== 1) failures.push(`${where}: ${state.boxes} search boxes shown (one wanted)`);
          if (state.emptyFacets) failures.push(`${where}: an empty facet box`);
          if (path.includes('youth')) {
            if (state.first === undefined) failures.push(`${where}: no result`);
            else {
              figures[`first result y, ${lang}, ${width} px`] = Math.round(state.first);
              if (state.first > 700) failures.push(`${where}: the first result starts at ${Math.round(state.first)} px (at most 700)`);
            }
          }
        }
        const shot = screenshots[`${path}@${width}`];
        if (shot && lang === 'en') await page.screenshot(typeof shot === 'string' ? { path: shot } : shot);
      }
    }
  }
  // The dark colour scheme: contrast holds there too (English, 390 px).
  for (const [name, path, context] of pages) {
    const page = tabs.get(context);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${base}${path}`);
    for (const v of await runAxe(page)) {
      failures.push(`${name} (en, dark, 390 px): axe ${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.join('\n      ')}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
  // Wide screens: controls still stay inside their cards.
  for (const [name, path, context] of pages) {
    const page = tabs.get(context);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${base}${path}`);
    const escaping = await page.evaluate(escapingControls);
    if (escaping.length) failures.push(`${name} (en, 1366 px): controls outside their box: ${escaping.join('; ')}`);
    const misplaced = await page.evaluate(misplacedChecks);
    if (misplaced.length) failures.push(`${name} (en, 1366 px): checkboxes/radios not left of their label: ${misplaced.join('; ')}`);
  }
  for (const [what, value] of Object.entries(figures)) console.log(`# ${what}: ${value}`);
  if (failures.length) {
    console.log(failures.map((f) => `not ok - ${f}`).join('\n'));
  }
  check(failures.length === 0, `${pages.length} pages × ${WIDTHS.length} widths × ${LANGS.length} languages: no sideways scrolling, no axe violation, controls inside their boxes (${failures.length} failures)`);
  for (const c of [anonymous, secretariat, coordinator, participant]) await c.close();
  return figures;
}
