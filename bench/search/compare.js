'use strict';
// The measurement behind bench/search/run: see there. usage: node compare.js DOSSIER_SITE [PAGEFIND_SITE] [--query Q]...
const fs = require('fs'), path = require('path'), http = require('http');
const { pathToFileURL, fileURLToPath } = require('url');
const puppeteer = require('puppeteer-core');

const args = process.argv.slice(2), queries = [], sites = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--query') queries.push(args[++i]);
  else sites.push(path.resolve(args[i]));
}
const [dossier, pagefind] = sites;
const metaJs = fs.readFileSync(path.join(dossier, 'search/meta.js'), 'utf8');
const meta = JSON.parse(metaJs.slice(metaJs.indexOf('=') + 1, metaJs.lastIndexOf(';')));
if (!queries.length) queries.push('senator', meta.people[0], 'budget vote');

function du(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .reduce((n, e) => n + (e.isDirectory() ? du(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
}
const size = (file) => { try { return fs.statSync(file).size; } catch (e) { return 0; } };

/** Opens url in a fresh context, types the query, presses Enter; bytes of files requested and ms until the first
 *  result link, and until the page of results is complete (every snippet in place). */
async function measure(browser, url, inputSel, doneSel, query, fileOf, countFrom) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const files = [];
  const errors = [];
  page.on('request', (r) => { const f = fileOf(r.url()); if (f) files.push([performance.now(), f]); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url, { waitUntil: 'load' });
  const input = await page.waitForSelector(inputSel);
  await input.type(query);
  const t0 = performance.now();
  await page.keyboard.press('Enter');
  // The first result, or the word that there is none.
  await page.waitForFunction(() => document.querySelector('#search-results a')
    || /^(No |0 )/.test((document.getElementById('search-status') || {}).textContent || ''), { timeout: 120000 });
  const first = performance.now();
  if (await page.$('#search-results a')) await page.waitForSelector(doneSel, { timeout: 120000 });
  const done = performance.now();
  const count = await page.$$eval('#search-results a', (as) => as.length);
  const status = await page.$eval('#search-status', (s) => s.textContent).catch(() => '');
  await context.close();
  const bytes = (until) => files.filter(([t, f]) => t <= until && (t >= t0 || countFrom(f))).reduce((n, [, f]) => n + size(f), 0);
  return { firstMs: first - t0, doneMs: done - t0, firstBytes: bytes(first), doneBytes: bytes(done), count, status, errors,
    files: files.filter(([t, f]) => t >= t0 || countFrom(f)).length };
}

(async () => {
  const browser = await puppeteer.launch({ executablePath: process.env.DOSSIER_CHROMIUM, headless: true,
    args: ['--no-sandbox', '--allow-file-access-from-files'] });
  const rows = [];
  // Dossier, from file://: search.html; meta.js and search.js count although the page loads them before Enter.
  for (const q of queries) {
    const r = await measure(browser, pathToFileURL(path.join(dossier, 'search.html')).href, '#search-q',
      '#search-results li:first-child .r-snippet:not(.loading)', q,
      (u) => (u.startsWith('file:') ? fileURLToPath(u.split('?')[0]) : null),
      (f) => f.endsWith(path.join('search', 'meta.js')) || f.endsWith(path.join('js', 'search.js')));
    rows.push(['dossier (file://)', q, r]);
  }
  let server = null;
  if (pagefind) {
    // Pagefind over http: its own JS API, a page of 10 results with excerpts, as its UI shows them.
    const harness = `<!doctype html><meta charset="utf-8"><form id="f"><input id="q"></form><p id="search-status"></p><ol id="search-results"></ol>
<script type="module">
document.getElementById('f').addEventListener('submit', async (e) => {
  e.preventDefault();
  const pf = await import('/pagefind/pagefind.js');
  const s = await pf.search(document.getElementById('q').value);
  document.getElementById('search-status').textContent = s.results.length + ' results';
  const data = await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
  const ol = document.getElementById('search-results');
  data.forEach((d) => { const li = document.createElement('li'); li.innerHTML = '<a href="' + d.url + '"></a><p class="x"></p>'; li.querySelector('a').textContent = d.meta.title || d.url; li.querySelector('p').innerHTML = d.excerpt; ol.appendChild(li); });
  ol.dataset.done = '1';
});
</script>`;
    server = http.createServer((req, res) => {
      const u = decodeURIComponent(req.url.split('?')[0]);
      if (u === '/__bench.html') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(harness); return; }
      const f = path.join(pagefind, path.normalize(u));
      if (!f.startsWith(pagefind) || !fs.existsSync(f) || !fs.statSync(f).isFile()) { res.writeHead(404); res.end(); return; }
      const type = f.endsWith('.js') ? 'text/javascript' : f.endsWith('.wasm') || f.includes('wasm') ? 'application/wasm' : f.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      res.writeHead(200, { 'content-type': type });
      fs.createReadStream(f).pipe(res);
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const base = 'http://127.0.0.1:' + server.address().port;
    for (const q of queries) {
      const r = await measure(browser, base + '/__bench.html', '#q', '#search-results[data-done]', q,
        (u) => (u.startsWith(base + '/pagefind/') ? path.join(pagefind, decodeURIComponent(new URL(u).pathname)) : null), () => false);
      rows.push(['pagefind (http)', q, r]);
    }
  }
  await browser.close();
  if (server) server.close();
  const kb = (b) => (b / 1024).toFixed(0) + ' kB';
  console.log('| search | query | matches | files | kB to first result | kB to full page of 10 | ms to first result | ms to full page |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, q, r] of rows) {
    const m = (r.status.match(/^(\d+)/) || [])[1] || '?';
    console.log(`| ${name} | ${q} | ${m} | ${r.files} | ${kb(r.firstBytes)} | ${kb(r.doneBytes)} | ${r.firstMs.toFixed(0)} | ${r.doneMs.toFixed(0)} |`);
    if (r.errors.length) console.log('  errors: ' + r.errors.slice(0, 3).join(' | '));
  }
  const articles = meta.articles;
  // Postings: every piece read back, counting a doc-number gap (5-bit groups, the last below 32) and two digits each.
  const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let postings = 0, termBytes = 0, terms = 0;
  for (const f of fs.readdirSync(path.join(dossier, 'search/t'))) {
    const js = fs.readFileSync(path.join(dossier, 'search/t', f), 'utf8');
    termBytes += js.length;
    const list = JSON.parse(js.slice(js.indexOf('['), js.lastIndexOf(']') + 1));
    // A common term is counted in its piece, where its entry is a mark, and its postings in its blocks (P-J.js).
    const block = f.includes('-');
    for (let i = 1; i < list.length; i += 2) {
      if (!block) terms++;
      if (list[i].startsWith('*')) continue;
      for (let k = 0; k < list[i].length; postings++) { while (DIGITS.indexOf(list[i][k]) >= 32) k++; k += 3; }
    }
  }
  const positionBytes = du(path.join(dossier, 'search/p'));
  console.log(`postings: ${postings} of ${terms} terms in ${fs.readdirSync(path.join(dossier, 'search/t')).length} pieces and blocks; ` +
    `${(termBytes / postings).toFixed(2)} bytes per posting (with the terms and wrapping), positions ${(positionBytes / postings).toFixed(2)} bytes per posting`);
  console.log(`index on disk: dossier search/ ${(du(path.join(dossier, 'search')) / 1048576).toFixed(1)} MB` +
    (pagefind ? `, pagefind pagefind/ ${(du(path.join(pagefind, 'pagefind')) / 1048576).toFixed(1)} MB` : '') + ` (${articles} articles)`);
})().catch((e) => { console.error(e); process.exit(1); });
