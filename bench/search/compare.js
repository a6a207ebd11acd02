// Compares Dossier's own search index with MiniSearch and Lunr indexes of the same articles: bytes, build, load, query times.
// usage (via bench/search/run): node compare.js SITE TEXT_DIR   (TEXT_DIR: the build's .dossier/<out>/text folder)
const fs = require('fs'), path = require('path'), zlib = require('zlib'), vm = require('vm');
const MiniSearch = require('minisearch'), lunr = require('lunr');
const site = process.argv[2], textDir = process.argv[3];
const arts = JSON.parse(fs.readFileSync(path.join(site, 'data/articles.json'), 'utf8'));
const docs = arts.map((a, i) => ({ id: i, title: a.title, people: a.people.join(', '), date: a.date || '', url: a.url,
  text: fs.readFileSync(path.join(textDir, a.id + '.txt'), 'utf8') }));
const gz = s => zlib.gzipSync(Buffer.from(s), { level: 9 }).length;
const med = f => { const t = []; for (let i = 0; i < 20; i++) { const s = process.hrtime.bigint(); f(); t.push(Number(process.hrtime.bigint() - s) / 1e6); } t.sort((a, b) => a - b); return t[10]; };
const queries = ['kavanaugh', 'senator', 'budget vote'];
const row = (name, bytes, gzb, buildMs, loadMs, q) => console.log([name, bytes, gzb, (bytes / docs.length).toFixed(0), buildMs.toFixed(0), loadMs.toFixed(0), ...q.map(x => x.toFixed(2))].join('\t'));
console.log(['index', 'bytes', 'gzip', 'B/article', 'build ms', 'load ms', ...queries.map(q => 'q:' + q + ' ms')].join('\t'));
// Dossier's own
{ const src = fs.readFileSync(path.join(site, 'search/index.js'), 'utf8');
  let t = process.hrtime.bigint(); const ctx = { window: {} }; vm.createContext(ctx); vm.runInContext(src, ctx); const idx = ctx.window.DOSSIER_INDEX;
  const terms = Object.keys(idx.terms).sort(); const load = Number(process.hrtime.bigint() - t) / 1e6;
  const post = w => { const out = []; let last = 0; if (!Object.prototype.hasOwnProperty.call(idx.terms, w)) return out; const s = idx.terms[w]; for (const d of s.split(',')) { last += parseInt(d, 36); out.push(last); } return out; };
  const prefix = w => { const hits = new Set(); let lo = 0, hi = terms.length; while (lo < hi) { const m = (lo + hi) >> 1; if (terms[m] < w) lo = m + 1; else hi = m; } for (let i = lo; i < terms.length && terms[i].startsWith(w); i++) post(terms[i]).forEach(d => hits.add(d)); return hits; };
  const search = q => { const ws = q.split(' '); let r = null; ws.forEach((w, i) => { const h = i === ws.length - 1 ? prefix(w) : new Set(post(w)); r = r === null ? h : new Set([...r].filter(d => h.has(d))); }); return [...r]; };
  row('dossier index.js', src.length, gz(src), 0, load, queries.map(q => med(() => search(q)))); }
// MiniSearch
{ let t = process.hrtime.bigint(); const ms = new MiniSearch({ fields: ['title', 'people', 'text'], storeFields: ['title', 'date', 'url', 'people'] }); ms.addAll(docs);
  const build = Number(process.hrtime.bigint() - t) / 1e6; const json = JSON.stringify(ms);
  t = process.hrtime.bigint(); const loaded = MiniSearch.loadJSON(json, { fields: ['title', 'people', 'text'], storeFields: ['title', 'date', 'url', 'people'] }); const load = Number(process.hrtime.bigint() - t) / 1e6;
  row('minisearch', json.length, gz(json), build, load, queries.map(q => med(() => loaded.search(q, { prefix: true, combineWith: 'AND' })))); }
// Lunr
{ let t = process.hrtime.bigint(); const idx = lunr(function () { this.ref('id'); this.field('title'); this.field('people'); this.field('text'); docs.forEach(d => this.add(d)); });
  const build = Number(process.hrtime.bigint() - t) / 1e6; const json = JSON.stringify(idx);
  t = process.hrtime.bigint(); const loaded = lunr.Index.load(JSON.parse(json)); const load = Number(process.hrtime.bigint() - t) / 1e6;
  row('lunr (no stored fields)', json.length, gz(json), build, load, queries.map(q => med(() => loaded.search(q.split(' ').map(w => '+' + w + '*').join(' '))))); }
const lib = f => fs.statSync(path.join(process.cwd(), f)).size;
console.log('library js: minisearch', lib('node_modules/minisearch/dist/umd/index.js'), 'bytes (unminified); lunr', lib('node_modules/lunr/lunr.min.js'), 'bytes');
