'use strict';
// The browser test behind bench/browser-test: a built site, opened from file:// in headless Chromium.
//  1. home page: type the query into its search input, press Enter, wait for links in #search-results;
//     the expected seed's article must be listed, the rejected one must not, a snippet must hold a <mark>;
//     time from Enter to the first result link (a cold run, then warm runs).
//  2. the same search from the header of a page one folder deep (timeline/index.html).
//  3. keyboard: ArrowDown in the search box moves focus to the first result.
//  4. no console errors, failed loads or non-file requests on any page visited.
//  5. --shots DIR: light and dark (prefers-color-scheme) screenshots of home, search results, timeline, a person
//     page and an article, 1280 px wide, full page (cut at 6000 px).
// usage: node search-test.js SITE [--shots DIR] [--query WORD] [--expect SOURCE] [--reject SOURCE]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL, fileURLToPath } = require('url');

const SHOT_MAX_HEIGHT = 6000;
const WARM_RUNS = 3;

function usage(msg) {
  console.error('browser-test: ' + msg);
  process.exit(2);
}

function parseArgs(argv) {
  const o = { site: null, shots: null, query: 'Kavanaugh', expect: '001_9c26234b053ef2da.txt', reject: '000_edb852ce98d0f322.txt' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(a + ' needs a value');
      return argv[++i];
    };
    if (a === '--shots') o.shots = path.resolve(value());
    else if (a === '--query') o.query = value();
    else if (a === '--expect') o.expect = value();
    else if (a === '--reject') o.reject = value();
    else if (a.startsWith('--')) usage('unknown option ' + a);
    else if (o.site === null) o.site = path.resolve(a);
    else usage('one SITE only (got ' + a + ')');
  }
  if (!o.site) usage('usage: bench/browser-test SITE [--shots DIR] [--query WORD] [--expect SOURCE] [--reject SOURCE]');
  return o;
}

const opt = parseArgs(process.argv.slice(2));
for (const f of ['index.html', 'search.html', 'data/articles.json', 'search/meta.js']) {
  if (!fs.existsSync(path.join(opt.site, f))) usage(`${opt.site} is not a Dossier site: ${f} is missing`);
}
let puppeteer;
try {
  puppeteer = require('puppeteer-core');
} catch (e) {
  usage('puppeteer-core not found (NODE_PATH=' + (process.env.NODE_PATH || '') + ')');
}

const articles = JSON.parse(fs.readFileSync(path.join(opt.site, 'data/articles.json'), 'utf8'));
const bySource = new Map(articles.map((a) => [a.source, a]));
const expected = bySource.get(opt.expect) || null;
const rejected = bySource.get(opt.reject) || null;
// The search index, all pieces together (a query loads only a few of them).
const indexBytes = (function du(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? du(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
})(path.join(opt.site, 'search'));

const failures = [];
const problems = [];   // console errors, failed loads, network requests: [page, text]
const fail = (msg) => failures.push(msg);
const fileUrl = (rel) => pathToFileURL(path.join(opt.site, rel)).href;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A site-relative path for a file: URL of the site ("articles/x.html"), or null. */
function siteRel(href) {
  try {
    const u = new URL(href);
    if (u.protocol !== 'file:') return null;
    u.search = '';
    u.hash = '';
    return path.relative(opt.site, fileURLToPath(u.href)).split(path.sep).join('/');
  } catch (e) {
    return null;
  }
}

async function openPage(browser, label) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const note = (text) => { if (!page.dossierQuiet) problems.push([label, text]); };
  page.on('console', (m) => { if (m.type() === 'error') note('console error: ' + m.text()); });
  page.on('pageerror', (e) => note('uncaught: ' + ((e && e.message) || e)));
  page.on('requestfailed', (r) => note('failed load: ' + r.url() + ' (' + ((r.failure() || {}).errorText || '?') + ')'));
  page.on('request', (r) => {
    if (!/^(file|data|blob|about):/i.test(r.url())) note('network request: ' + r.url());
  });
  return page;
}

/** Types the query into the search input matched by selector, presses Enter; returns ms until a result link shows. */
async function searchFrom(page, selector) {
  const input = await page.$(selector);
  if (!input) throw new Error('no search input matches ' + selector + ' on ' + page.url());
  await input.click({ clickCount: 3 });
  await input.type(opt.query);
  const t0 = performance.now();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#search-results a', { timeout: 60000 });
  return performance.now() - t0;
}

async function results(page) {
  return page.$$eval('#search-results a', (as) => as.map((a) => ({ href: a.href, text: a.textContent.trim() })));
}

/** Checks the listed results against --expect and --reject; returns a one-line summary. */
function judge(list, where) {
  const rels = list.map((r) => siteRel(r.href));
  let line = `${list.length} result link(s)`;
  if (expected) {
    const at = rels.indexOf(expected.url);
    if (at < 0) fail(`${where}: "${opt.query}" does not list ${opt.expect} (${expected.url})`);
    else line += `; ${opt.expect} listed at #${at + 1} ("${expected.title.slice(0, 60)}")`;
  } else if (list.length === 0) {
    fail(`${where}: "${opt.query}" found nothing`);
  }
  if (rejected) {
    if (rels.includes(rejected.url)) fail(`${where}: "${opt.query}" lists ${opt.reject} (${rejected.url}), which must not match`);
    else line += `; ${opt.reject} not listed`;
  }
  return line;
}

// axe-core, when it is installed beside puppeteer-core (check-site's cache has both): run on each screenshot's page,
// so contrast is checked in both schemes and on the search page with results and highlights.
let axeSource = null, axeVersion = '';
let axeRuns = 0, axeViolations = 0;
try {
  const axePath = require.resolve('axe-core/axe.min.js');
  axeSource = fs.readFileSync(axePath, 'utf8');
  axeVersion = require('axe-core/package.json').version;
} catch (e) { /* optional */ }

async function axeCheck(page, label) {
  page.dossierQuiet = true;   // axe's own requests are not the page's (and preload: false keeps it from fetching CSS)
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'], preload: false });
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\n').slice(1, 2).join('')) }));
  });
  axeRuns++;
  for (const v of violations) {
    axeViolations += v.nodes.length;
    fail(`axe ${label}: ${v.id} on ${v.nodes.length} node(s): ${v.nodes.slice(0, 3).join(' | ')}`);
  }
}

async function shoot(page, file) {
  const h = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0));
  if (h > SHOT_MAX_HEIGHT) await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1280, height: SHOT_MAX_HEIGHT }, captureBeyondViewport: true });
  else await page.screenshot({ path: file, fullPage: true });
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-browser-test-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.DOSSIER_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    userDataDir: profile,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--disable-dev-shm-usage', '--hide-scrollbars'],
  }).catch((e) => usage('chromium did not start: ' + e.message));
  const out = [];
  try {
    const mark = expected ? '' : ` (seed ${opt.expect} is not in this site: the query only has to find something)`;
    out.push(`site: ${opt.site} (${articles.length} articles)${mark}`);

    // 1. From the home page, cold, then warm runs.
    const times = [];
    let page;
    for (let run = 0; run <= WARM_RUNS; run++) {
      page = await openPage(browser, 'index.html');
      await page.goto(fileUrl('index.html'), { waitUntil: 'load' });
      const ms = await searchFrom(page, 'main input[type=search]');
      times.push(ms);
      if (run < WARM_RUNS) await page.close();
    }
    const list = await results(page);
    out.push(`home search "${opt.query}": ${judge(list, 'home page search')}`);
    try {
      await page.waitForSelector('#search-results .r-snippet mark', { timeout: 15000 });
      const snip = await page.$eval('#search-results .r-snippet mark', (m) => m.closest('.r-snippet').textContent.trim());
      out.push(`snippet: "${snip.slice(0, 110)}${snip.length > 110 ? '…' : ''}"`);
    } catch (e) {
      fail('no <mark> highlight in any result snippet (#search-results .r-snippet mark) within 15 s');
    }
    const phases = await page.evaluate(() => {
      const m = (n) => { const e = performance.getEntriesByName(n)[0]; return e ? Math.round(e.startTime) : null; };
      return { index: m('dossier:index-ready'), first: m('dossier:first-result') };
    });

    // 3. Keyboard: from the search box, ArrowDown reaches the first result.
    await page.focus('main input[type=search]');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => {
      const a = document.activeElement;
      return a && a.closest('#search-results') && a.tagName === 'A' ? a.textContent.trim() : null;
    });
    if (!focused) fail('keyboard: ArrowDown in the search box does not move focus to the first result link');
    else out.push(`keyboard: ArrowDown focuses "${focused.slice(0, 60)}"`);
    await page.close();

    // 2. From the header of a page one folder down.
    page = await openPage(browser, 'timeline/index.html');
    await page.goto(fileUrl('timeline/index.html'), { waitUntil: 'load' });
    await searchFrom(page, 'header input[type=search]');
    out.push(`header search from timeline/index.html: ${judge(await results(page), 'header search on timeline/index.html')}`);
    await page.close();

    const cold = times[0];
    const warm = times.slice(1).sort((a, b) => a - b)[Math.floor(WARM_RUNS / 2)];
    out.push(`time to first results (Enter -> first result link, including loading search.html and the index): ` +
      `cold ${cold.toFixed(0)} ms, warm median ${warm.toFixed(0)} ms of ${WARM_RUNS}` +
      (phases.index !== null ? ` [in page: index parsed at ${phases.index} ms, first result at ${phases.first} ms after navigation start]` : ''));
    out.push(`search index: search/ ${indexBytes} bytes / ${articles.length} articles = ${(indexBytes / Math.max(1, articles.length)).toFixed(0)} bytes per article`);

    // 5. Screenshots, light and dark.
    if (opt.shots) {
      fs.mkdirSync(opt.shots, { recursive: true });
      const art = expected || articles[Math.floor(articles.length / 2)];
      page = await openPage(browser, art.url);
      await page.goto(fileUrl(art.url), { waitUntil: 'load' });
      const person = await page.$$eval('main a[href]', (as) => (as.map((a) => a.href).find((h) => /\/people\/[^/]+\.html$/.test(h) && !/\/index\.html$/.test(h)) || null));
      await page.close();
      const shots = [['home', fileUrl('index.html')], ['search', fileUrl('search.html') + '?q=' + encodeURIComponent(opt.query)],
        ['timeline', fileUrl('timeline/index.html')], ['person', person || fileUrl('people/index.html')], ['article', fileUrl(art.url)]];
      const backgrounds = {};
      for (const scheme of ['light', 'dark']) {
        for (const [name, url] of shots) {
          page = await openPage(browser, `${name} (${scheme})`);
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
          await page.goto(url, { waitUntil: 'load' });
          if (name === 'search') await page.waitForSelector('#search-results .r-snippet mark', { timeout: 15000 }).catch(() => {});
          if (name === 'home') backgrounds[scheme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const file = path.join(opt.shots, `${scheme}-${name}.png`);
          await shoot(page, file);
          if (axeSource) await axeCheck(page, `${name} (${scheme})`);
          await page.close();
          out.push(`shot: ${file}`);
        }
      }
      if (backgrounds.light === backgrounds.dark) fail(`dark mode: the home page's background is ${backgrounds.light} in both schemes`);
      out.push(axeSource ? `axe-core ${axeVersion}: ${axeRuns} page states checked (light and dark, search with results), ${axeViolations} violating node(s)`
        : 'axe-core not found next to puppeteer-core: accessibility in dark mode not checked');
    }
  } catch (e) {
    fail('browser: ' + (e && e.message || e));
  } finally {
    await browser.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
  for (const [where, text] of problems) fail(`${where}: ${text}`);
  for (const l of out) console.log(l);
  if (failures.length) {
    console.log(`FAIL: ${failures.length} problem(s)`);
    failures.forEach((f, i) => console.log(`  ${i + 1}. ${f}`));
    process.exit(1);
  }
  console.log('PASS');
})().catch((e) => { console.error('browser-test: ' + (e && e.stack || e)); process.exit(2); });
