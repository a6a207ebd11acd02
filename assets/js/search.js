/* Full-text search, from file:// or any host: no fetch(), only script elements (org.dossier.publish.SearchIndex).
   search/meta.js: window.DOSSIER_SEARCH_META = {articles, length, pieces, chunk, blocks, block, people}. Every other
   piece calls DOSSIER_SEARCH_PIECE(kind, id, data) as it loads: "t" term postings and "p" their positions
   (search/t|p/P.js, the piece of a term is a hash of it; a common term's entry there starts with "*", and its
   postings are in the piece's blocks of doc numbers, search/t|p/P-J.js for J from 0 to blocks - 1, block J's from
   doc number J * block on), "w" the terms by their first three letters (to complete a last word that is not a
   term), "r" records of a chunk of doc numbers, "x" an article's text, "d" dates.
   A query loads meta.js, the pieces of its own terms (and their positions for a phrase), the records of the results
   it shows and their texts. */
(function () {
  "use strict";
  var perf = window.performance && performance.mark ? performance : null;
  var meta = window.DOSSIER_SEARCH_META;
  var form = document.getElementById("search-page-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var pager = document.getElementById("search-pages");
  var prev = document.getElementById("search-prev");
  var next = document.getElementById("search-next");
  var where = document.getElementById("search-page-number");
  var order = document.getElementById("search-order");
  if (!form || !input || !list) return;
  if (!meta) {
    status.textContent = "The search index (search/meta.js) could not be loaded. Browse the timeline or the people index instead.";
    return;
  }

  var PAGE = 10;                 // results per page
  var SNIPPET = 220;             // characters of text around the first match
  var K1 = 1.2, B = 0.75;        // BM25
  var TITLE = 3, PEOPLE = 3;     // a term in the title or the people counts as this many in the text
  var COMPLETIONS = 4;           // words a last word that is not a term stands for: the shortest that start with it
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"];
  // The same words the index leaves out (org.dossier.extract.Terms). Terms live in Sets and Maps: in a plain object
  // "constructor" or "valueof" would find Object.prototype's members.
  var STOP = new Set(("a an and are as at be but by for from had has have he her his in is it its of on or she that the " +
   "their they this to was were which who will with you").split(" "));
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var VALUE = {};
  for (var v = 0; v < DIGITS.length; v++) VALUE[DIGITS.charCodeAt(v)] = v;
  var state = { q: null, page: 0, order: "rank", found: null, token: 0, terms: [], completed: [] };
  var firstResultMarked = false;

  // --- Loading pieces: one script element each, once; a piece that cannot load gives null.
  var loads = new Map(), waiting = new Map();
  function load(kind, id) {
    var key = kind + ":" + id;
    if (!loads.has(key)) loads.set(key, new Promise(function (resolve) {
      waiting.set(key, resolve);
      var s = document.createElement("script");
      s.src = kind === "d" ? "search/dates.js" : "search/" + kind + "/" + encodeURIComponent(id) + ".js";
      s.onerror = function () { waiting.delete(key); resolve(null); };
      document.body.appendChild(s);
    }));
    return loads.get(key);
  }
  window.DOSSIER_SEARCH_PIECE = function (kind, id, data) {
    var key = kind + ":" + id, resolve = waiting.get(key);
    if (resolve) { waiting.delete(key); resolve(data); }
  };
  // A term piece as a Map from term to its string (pieces list term, string, term, string, ...).
  var maps = new Map();
  function termMap(kind, p) {
    return load(kind, p).then(function (data) {
      var key = kind + ":" + p;
      if (!maps.has(key)) {
        var m = new Map();
        for (var i = 0; data && i + 1 < data.length; i += 2) m.set(data[i], data[i + 1]);
        maps.set(key, m);
      }
      return maps.get(key);
    });
  }

  // --- Words, folded as the index folds them (org.dossier.publish.SearchText).
  function fold(s) { return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase(); }
  // Every word, as positions count them: stop words and one-letter words too.
  function words(text) {
    var out = [];
    (text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) || []).forEach(function (run) {
      fold(run).split(/[^\p{L}\p{N}]+/u).forEach(function (w) { if (w) out.push(w); });
    });
    return out;
  }
  function isTerm(w) { return w.length >= 2 && w.length <= 40 && !STOP.has(w); }
  // The terms of a query, its phrases (words in quotes: each term with its place in the phrase), and its last word
  // when it is outside quotes and may be the start of a longer one.
  function parse(q) {
    var terms = [], phrases = [], last = null, parts = q.split("\"");
    parts.forEach(function (part, i) {
      var ws = words(part), phrase = [];
      if (i === parts.length - 1 && i % 2 === 0 && ws.length && isTerm(ws[ws.length - 1]) && ws[ws.length - 1].length >= 3
          && /[\p{L}\p{N}]$/u.test(part)) last = ws[ws.length - 1];
      ws.forEach(function (w, at) {
        if (!isTerm(w)) return;
        if (terms.indexOf(w) < 0) terms.push(w);
        phrase.push({ term: w, at: at });
      });
      if (i % 2 === 1 && phrase.length > 1) phrases.push(phrase);
    });
    return { terms: terms, phrases: phrases, last: last };
  }
  function hash(term, pieces) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) { h ^= term.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return h & (pieces - 1);
  }
  function piece(term) { return hash(term, meta.pieces); }
  function wordPiece(term) { return hash(term.slice(0, 3), Math.max(1, meta.pieces >> 3)); }

  // --- Postings: per article its doc-number gap, a digit of weight (count in the text, in title, in people) and a
  // digit of length; positions apart, per posting a count then gaps. Numbers: 5-bit groups, see SearchCodec.java.
  function reader(s) {
    var r = { at: 0, more: function () { return r.at < s.length; },
      number: function () {
        for (var n = 0, shift = 0; ; shift += 5) {
          var d = VALUE[s.charCodeAt(r.at++)];
          if (d < 32) return n | (d << shift);
          n |= (d - 32) << shift;
        }
      },
      digit: function () { return VALUE[s.charCodeAt(r.at++)]; } };
    return r;
  }
  // A term's strings of one kind: its entry in its piece, or a common term's in each block of its piece; null for
  // a term the archive does not hold.
  function termStrings(kind, t) {
    var p = piece(t);
    return termMap(kind, p).then(function (m) {
      var s = m.get(t);
      if (s === undefined || s.charAt(0) !== "*") return s === undefined ? null : [s];
      var blocks = [];
      for (var j = 0; j < meta.blocks; j++) blocks.push(termMap(kind, p + "-" + j));
      return Promise.all(blocks).then(function (ms) { return ms.map(function (b) { return b.get(t) || ""; }); });
    });
  }
  // The postings of a term's strings, the gaps of block j's from its first doc number.
  function postings(strings) {
    var slots = [], weights = [], lengths = [];
    (strings || []).forEach(function (s, j) {
      var r = reader(s), slot = strings.length > 1 ? j * meta.block - 1 : -1;
      while (r.more()) { slot += r.number(); slots.push(slot); weights.push(r.digit()); lengths.push(r.digit()); }
    });
    return { slots: slots, weights: weights, lengths: lengths };
  }
  // Positions of posting j of a term, the string read once into offsets.
  function positionsOf(strings, count) {
    var r = reader((strings || []).join("")), starts = [];
    for (var j = 0; j < count && r.more(); j++) { starts.push(r.at); r.at = skip(r); }
    return function (j) {
      if (starts[j] === undefined) return [];
      r.at = starts[j];
      var n = r.number(), out = [], at = 0;
      for (var k = 0; k < n; k++) { at += r.number(); out.push(at); }
      return out;
    };
  }
  function skip(r) { var n = r.number(); for (var k = 0; k < n; k++) r.number(); return r.at; }
  function find(slots, slot) {
    var lo = 0, hi = slots.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (slots[mid] < slot) lo = mid + 1; else hi = mid; }
    return lo < slots.length && slots[lo] === slot ? lo : -1;
  }

  // A term's postings; for the last word of the query, when it is not a term, those of the shortest terms that start
  // with it (listed in state.completed), one posting per article.
  function termPostings(t, last) {
    return termStrings("t", t).then(function (strings) {
      if (strings || t !== last) return postings(strings);
      return load("w", wordPiece(t)).then(function (ws) {
        var more = (ws || []).filter(function (w) { return w.length > t.length && w.lastIndexOf(t, 0) === 0; })
          .sort(function (a, b) { return a.length - b.length || (a < b ? -1 : 1); }).slice(0, COMPLETIONS);
        state.completed = more;
        return Promise.all(more.map(function (w) {
          return termStrings("t", w).then(postings);
        })).then(union);
      });
    });
  }
  function union(lists) {
    var at = new Map();
    lists.forEach(function (l) {
      l.slots.forEach(function (s, j) { if (!at.has(s)) at.set(s, [l.weights[j], l.lengths[j]]); });
    });
    var slots = Array.from(at.keys()).sort(function (a, b) { return a - b; });
    return { slots: slots, weights: slots.map(function (s) { return at.get(s)[0]; }), lengths: slots.map(function (s) { return at.get(s)[1]; }) };
  }

  // Every article holding all the terms (and the phrases), ranked by BM25: {slots, count}.
  function search(parsed) {
    var terms = parsed.terms;
    state.completed = [];
    return Promise.all(terms.map(function (t) { return termPostings(t, parsed.last); })).then(function (lists) {
      var byTerm = {};
      terms.forEach(function (t, i) { byTerm[t] = i; });
      var order = terms.map(function (t, i) { return i; }).sort(function (a, b) { return lists[a].slots.length - lists[b].slots.length; });
      var hits = [];   // [slot, index in each list]
      var first = lists[order[0]];
      for (var j = 0; j < first.slots.length; j++) {
        var at = new Array(terms.length), ok = true;
        at[order[0]] = j;
        for (var k = 1; k < order.length && ok; k++) { at[order[k]] = find(lists[order[k]].slots, first.slots[j]); ok = at[order[k]] >= 0; }
        if (ok) hits.push({ slot: first.slots[j], at: at });
      }
      if (!parsed.phrases.length || !hits.length) return { lists: lists, hits: hits };
      var phraseTerms = [];
      parsed.phrases.forEach(function (ph) { ph.forEach(function (w) { if (phraseTerms.indexOf(w.term) < 0) phraseTerms.push(w.term); }); });
      return Promise.all(phraseTerms.map(function (t) { return termStrings("p", t); })).then(function (strings) {
        var pos = {};
        phraseTerms.forEach(function (t, i) { pos[t] = positionsOf(strings[i], lists[byTerm[t]].slots.length); });
        hits = hits.filter(function (h) {
          return parsed.phrases.every(function (ph) {
            var sets = ph.map(function (w) { return new Set(pos[w.term](h.at[byTerm[w.term]])); });
            return Array.from(sets[0]).some(function (p) {
              return ph.every(function (w, k) { return sets[k].has(p - ph[0].at + w.at); });
            });
          });
        });
        return { lists: lists, hits: hits };
      });
    }).then(function (r) {
      var n = meta.articles, avg = meta.length / Math.max(1, n);
      var idf = r.lists.map(function (l) { var df = l.slots.length; return Math.log(1 + (n - df + 0.5) / (df + 0.5)); });
      r.hits.forEach(function (h) {
        var score = 0;
        for (var i = 0; i < r.lists.length; i++) {
          var l = r.lists[i], w = l.weights[h.at[i]], len = Math.pow(2, l.lengths[h.at[i]] / 5) - 1;
          var tf = (w & 15) + TITLE * ((w >> 4) & 1) + PEOPLE * ((w >> 5) & 1);
          score += idf[i] * tf * (K1 + 1) / (tf + K1 * (1 - B + B * len / avg));
        }
        h.score = score;
      });
      r.hits.sort(function (a, b) { return b.score - a.score || a.slot - b.slot; });
      return r.hits.map(function (h) { return h.slot; });
    });
  }
  // The slots again, newest or oldest first (undated last), from dates.js.
  var datesOf = null;
  function byDate(slots, newest) {
    var dates = datesOf ? Promise.resolve(datesOf) : load("d", 0).then(function (s) {
      datesOf = new Map();
      var r = reader(s || ""), slot = -1;
      while (r.more()) { slot += r.number(); datesOf.set(slot, r.number()); }
      return datesOf;
    });
    return dates.then(function (d) {
      return slots.slice().sort(function (a, b) {
        var da = d.get(a) || 0, db = d.get(b) || 0;
        if (!da !== !db) return da ? -1 : 1;
        return (newest ? db - da : da - db) || a - b;
      });
    });
  }

  function displayDate(iso) {
    if (!iso) return "Undated";
    var p = iso.split("-");
    if (p.length === 1) return p[0];
    var month = MONTHS[parseInt(p[1], 10) - 1] || p[1];
    return p.length === 2 ? month + " " + p[0] : month + " " + parseInt(p[2], 10) + ", " + p[0];
  }

  // Folds text keeping, for every folded character, the index of the original character it came from.
  function foldMap(text) {
    var out = "", map = [];
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      var code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) { c = text.slice(i, i + 2); }
      var f = code < 128 ? c.toLowerCase() : fold(c);
      for (var k = 0; k < f.length; k++) { out += f[k]; map.push(i); }
      if (c.length === 2) i++;
    }
    map.push(text.length);
    return { text: out, map: map };
  }
  function escapeRe(t) { return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
  function wordStarts(ts) {
    return new RegExp("(^|[^\\p{L}\\p{N}])(" + ts.map(escapeRe).join("|") + ")(?![\\p{L}\\p{N}])", "gu");
  }
  // Appends text to el with every query term inside <mark>.
  function highlight(el, text, ts) {
    if (!ts.length) { el.appendChild(document.createTextNode(text)); return; }
    var f = foldMap(text), re = wordStarts(ts), last = 0, m;
    while ((m = re.exec(f.text)) !== null) {
      var from = f.map[m.index + m[1].length], to = f.map[m.index + m[0].length];
      if (from > last) el.appendChild(document.createTextNode(text.slice(last, from)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(from, to);
      el.appendChild(mark);
      last = to;
      if (m[0].length === 0) re.lastIndex++;
    }
    el.appendChild(document.createTextNode(text.slice(last)));
  }
  // About SNIPPET characters around the first place a query term is a word, cut at word boundaries.
  function snippet(text, ts) {
    text = text.replace(/\s+/g, " ").trim();
    var f = foldMap(text), m = ts.length ? wordStarts(ts).exec(f.text) : null;
    var at = m ? f.map[m.index + m[1].length] : 0;
    var start = Math.max(0, at - Math.round(SNIPPET / 3));
    if (start > 0) { var sp = text.indexOf(" ", start); if (sp >= 0 && sp < at) start = sp + 1; }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) { var sp2 = text.lastIndexOf(" ", end); if (sp2 > at) end = sp2; }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  // record: [slot, title, date, url, people, id]
  function result(doc, ts) {
    var li = document.createElement("li");
    var h = document.createElement("h2");
    h.className = "r-heading";
    var a = document.createElement("a");
    a.className = "r-title";
    a.href = doc[3];
    highlight(a, doc[1], ts);
    h.appendChild(a);
    li.appendChild(h);
    var line = document.createElement("p");
    line.className = "r-meta";
    var date = document.createElement(doc[2] ? "time" : "span");
    if (doc[2]) date.setAttribute("datetime", doc[2]);
    date.className = "r-date";
    date.textContent = displayDate(doc[2]);
    line.appendChild(date);
    if (doc[4]) {
      var people = document.createElement("span");
      people.className = "r-people";
      highlight(people, doc[4], ts);
      line.appendChild(people);
    }
    li.appendChild(line);
    var p = document.createElement("p");
    p.className = "r-snippet loading";
    p.textContent = "…";
    li.appendChild(p);
    return li;
  }
  // Shows page state.page of the results: loads their records, then (once the links are on screen) their texts.
  function showPage(focus) {
    var token = state.token, ts = state.terms.concat(state.completed), found = state.found;
    var pages = Math.max(1, Math.ceil(found.length / PAGE));
    state.page = Math.min(Math.max(0, state.page), pages - 1);
    var slots = found.slice(state.page * PAGE, state.page * PAGE + PAGE);
    var chunks = Array.from(new Set(slots.map(function (s) { return Math.floor(s / meta.chunk); })));
    return Promise.all(chunks.map(function (c) { return load("r", c); })).then(function (loaded) {
      if (token !== state.token) return;
      var bySlot = new Map();
      loaded.forEach(function (records) { (records || []).forEach(function (r) { bySlot.set(r[0], r); }); });
      list.textContent = "";
      var frag = document.createDocumentFragment(), texts = [];
      slots.forEach(function (s) {
        var doc = bySlot.get(s);
        if (!doc) return;
        var li = result(doc, ts);
        texts.push([doc[5], li.querySelector(".r-snippet")]);
        frag.appendChild(li);
      });
      list.appendChild(frag);
      if (!firstResultMarked && slots.length && perf) { perf.mark("dossier:first-result"); firstResultMarked = true; }
      if (pager) {
        pager.hidden = found.length <= PAGE;
        prev.disabled = state.page === 0;
        next.disabled = state.page >= pages - 1;
        where.textContent = "Page " + (state.page + 1) + " of " + pages;
      }
      if (focus) { var links = resultLinks(); if (links.length) links[0].focus(); }
      texts.forEach(function (t) {
        load("x", t[0]).then(function (text) {
          if (token !== state.token) return;
          t[1].textContent = "";
          if (typeof text === "string") highlight(t[1], snippet(text, ts), ts);
          else t[1].textContent = "(no text preview)";
          t[1].classList.remove("loading");
        });
      });
    });
  }

  function suggestions() {
    var names = meta.people || [];
    if (!names.length) return null;
    var p = document.createElement("p");
    p.className = "suggest";
    p.appendChild(document.createTextNode("Try: "));
    names.forEach(function (n, i) {
      var a = document.createElement("a");
      a.href = "search.html?q=" + encodeURIComponent(n);
      a.textContent = n;
      a.addEventListener("click", function (e) { e.preventDefault(); input.value = n; run(n, 0, true); });
      if (i) p.appendChild(document.createTextNode(" · "));
      p.appendChild(a);
    });
    return p;
  }
  var suggestBox = document.getElementById("search-suggest");

  function remember() {
    var params = "?q=" + encodeURIComponent(state.q) + (state.order !== "rank" ? "&order=" + state.order : "")
      + (state.page ? "&page=" + (state.page + 1) : "");
    try { history.replaceState(null, "", params); } catch (err) { /* some browsers refuse on file:// */ }
  }
  function describe() {
    var q = state.q.trim(), n = state.found.length;
    var as = state.completed.length ? " (" + state.completed.join(", ") + ")" : "";
    if (!n) return "No article matches “" + q + "”" + as + ". Every word must appear; try fewer words.";
    var from = state.page * PAGE + 1, to = Math.min(n, from + PAGE - 1);
    return n + (n === 1 ? " article matches" : " articles match") + " “" + q + "”" + as + (n > PAGE ? "; " + from + " to " + to + " shown." : ".");
  }

  function run(q, page, keep) {
    var token = ++state.token;
    state.q = q;
    state.page = page;
    var parsed = parse(q);
    state.terms = parsed.terms;
    list.textContent = "";
    if (pager) pager.hidden = true;
    document.title = (q.trim() ? "“" + q.trim() + "” · " : "") + document.title.replace(/^“.*?” · /, "");
    if (suggestBox) suggestBox.hidden = !!q.trim();
    var total = meta.articles;
    if (!q.trim()) { status.textContent = "Search " + total + " article" + (total === 1 ? "" : "s") + " by title, person or any word in the text."; return Promise.resolve(); }
    if (!parsed.terms.length) { status.textContent = "Type a word of at least two letters that is not as common as “the”."; return Promise.resolve(); }
    status.textContent = "Searching…";
    if (keep) remember();
    return search(parsed).then(function (slots) {
      return state.order === "rank" ? slots : byDate(slots, state.order === "newest");
    }).then(function (slots) {
      if (token !== state.token) return;
      state.found = slots;
      return showPage(false).then(function () { status.textContent = describe(); });
    });
  }
  function turn(by) {
    state.page += by;
    state.token++;
    remember();
    showPage(true).then(function () { status.textContent = describe(); });
  }

  // Keyboard: ↓ from the search box to the results, ↑/↓ between results, Esc back to the box.
  function resultLinks() { return Array.prototype.slice.call(list.querySelectorAll("a.r-title")); }
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") {
      var links = resultLinks();
      if (links.length) { e.preventDefault(); links[0].focus(); }
    }
  });
  list.addEventListener("keydown", function (e) {
    var links = resultLinks(), i = links.indexOf(document.activeElement);
    if (i < 0) return;
    if (e.key === "ArrowDown" && i + 1 < links.length) { e.preventDefault(); links[i + 1].focus(); }
    else if (e.key === "ArrowUp") { e.preventDefault(); (i > 0 ? links[i - 1] : input).focus(); }
    else if (e.key === "Escape") { e.preventDefault(); input.focus(); input.select(); }
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    run(input.value, 0, true);
  });
  if (prev) prev.addEventListener("click", function () { turn(-1); });
  if (next) next.addEventListener("click", function () { turn(1); });
  if (order) order.addEventListener("change", function () {
    state.order = order.value;
    if (state.q && state.q.trim()) run(state.q, 0, true);
  });

  if (suggestBox) { var s = suggestions(); if (s) suggestBox.appendChild(s); }
  var params = new URLSearchParams(window.location.search);
  var q = params.get("q") || "";
  state.order = ["newest", "oldest"].indexOf(params.get("order")) >= 0 ? params.get("order") : "rank";
  if (order) order.value = state.order;
  input.value = q;
  run(q, Math.max(0, (parseInt(params.get("page"), 10) || 1) - 1), false);
})();
