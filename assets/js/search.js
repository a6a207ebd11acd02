/* Full-text search over search/index.js, from file:// or any host: no fetch(), only script elements.
   index.js: window.DOSSIER_INDEX = {docs: [[title, date, url, people, shard, pos], ...], terms: {term: "b36 deltas"}};
   search/text-XX.js: window.DOSSIER_TEXT(shard, [text, ...]), loaded only when a result with that shard is shown. */
(function () {
  "use strict";
  var perf = window.performance && performance.mark ? performance : null;
  var index = window.DOSSIER_INDEX;
  var form = document.getElementById("search-page-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  if (!form || !input || !list) return;
  if (!index || !index.docs || !index.terms) {
    status.textContent = "The search index (search/index.js) could not be loaded. Browse the timeline or the people index instead.";
    return;
  }
  if (perf) perf.mark("dossier:index-ready");

  var PAGE = 25;                 // results shown at a time
  var SNIPPET = 220;             // characters of text around the first match
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"];
  // The same words the index builder leaves out (org.dossier.extract.Terms). Words live in Sets and Maps, or are
  // looked up as own properties: in a plain object "constructor" or "valueof" would find Object.prototype's members.
  var STOP = new Set(("a an and are as at be but by for from had has have he her his in is it its of on or she that the " +
   "their they this to was were which who will with you").split(" "));
  var own = Object.prototype.hasOwnProperty;
  var termList = null;           // sorted terms, built on the first prefix search
  var shards = {};
  var waiting = {};
  var state = { q: null, tokens: [], docs: [], shown: 0 };
  var firstResultMarked = false;

  function fold(s) {
    return s.normalize("NFKD").replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, "").toLowerCase();
  }
  // The same folding as the index builder: lower case, no accents, letters and digits, 2 to 40 characters.
  function tokens(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length >= 2 && t.length <= 40; });
  }
  function queryTokens(q) {
    var ts = tokens(q);
    var kept = ts.filter(function (t) { return !STOP.has(t); });
    if (!kept.length && ts.length) kept = [ts[ts.length - 1]];   // "the" alone: only as a prefix ("theory")
    return Array.from(new Set(kept));
  }
  function postings(term, into) {
    if (!own.call(index.terms, term)) return;
    var s = index.terms[term];
    var last = 0, parts = s.split(",");
    for (var i = 0; i < parts.length; i++) { last += parseInt(parts[i], 36); into.add(last); }
  }
  // A word matches exactly; the last word of the query also matches as a prefix (it may still be being typed).
  function matching(token, prefix) {
    var hits = new Set();
    if (!prefix || token.length < 3) { postings(token, hits); return hits; }
    if (!termList) termList = Object.keys(index.terms).sort();
    var lo = 0, hi = termList.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (termList[mid] < token) lo = mid + 1; else hi = mid; }
    for (var i = lo; i < termList.length && termList[i].lastIndexOf(token, 0) === 0; i++) postings(termList[i], hits);
    return hits;
  }
  function search(ts, prefixLast) {
    if (!ts.length) return [];
    var sets = ts.map(function (t, i) { return matching(t, prefixLast && i === ts.length - 1); });
    sets.sort(function (a, b) { return a.size - b.size; });
    var docs = [];
    sets[0].forEach(function (d) {
      for (var i = 1; i < sets.length; i++) if (!sets[i].has(d)) return;
      docs.push(d);
    });
    // Rank: query words found in the title or the people first, then the newest.
    var score = {};
    docs.forEach(function (d) {
      var head = " " + tokens(index.docs[d][0] + " " + index.docs[d][3]).join(" ");
      score[d] = ts.filter(function (t) { return head.indexOf(" " + t) >= 0; }).length;
    });
    docs.sort(function (a, b) {
      if (score[a] !== score[b]) return score[b] - score[a];
      var da = index.docs[a][1] || "", db = index.docs[b][1] || "";
      return da < db ? 1 : da > db ? -1 : a - b;
    });
    return docs;
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
    return new RegExp("(^|[^\\p{L}\\p{N}])(" + ts.map(escapeRe).join("|") + ")", "gu");
  }
  // Appends text to el with every word starting with a query word inside <mark>.
  function highlight(el, text, ts) {
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
  // About SNIPPET characters around the first place a query word starts a word, cut at word boundaries.
  function snippet(text, ts) {
    text = text.replace(/\s+/g, " ").trim();
    var f = foldMap(text), m = wordStarts(ts).exec(f.text);
    var at = m ? f.map[m.index + m[1].length] : 0;
    var start = Math.max(0, at - Math.round(SNIPPET / 3));
    if (start > 0) { var sp = text.indexOf(" ", start); if (sp >= 0 && sp < at) start = sp + 1; }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) { var sp2 = text.lastIndexOf(" ", end); if (sp2 > at) end = sp2; }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function loadShard(n, then) {
    if (shards[n]) { then(shards[n]); return; }
    (waiting[n] = waiting[n] || []).push(then);
    if (waiting[n].length > 1) return;
    var s = document.createElement("script");
    s.src = "search/text-" + (n < 16 ? "0" : "") + n.toString(16) + ".js";
    s.onerror = function () { (waiting[n] || []).forEach(function (f) { f(null); }); waiting[n] = []; };
    document.body.appendChild(s);
  }
  window.DOSSIER_TEXT = function (n, texts) {
    shards[n] = texts;
    (waiting[n] || []).forEach(function (f) { f(texts); });
    waiting[n] = [];
  };
  function fillSnippet(p) {
    var doc = index.docs[+p.getAttribute("data-doc")], ts = state.tokens, q = state.q;
    loadShard(doc[4], function (texts) {
      if (q !== state.q) return;
      p.textContent = "";
      var text = texts && texts[doc[5]];
      if (typeof text === "string") highlight(p, snippet(text, ts), ts);
      else p.textContent = "(no text preview)";
      p.classList.remove("loading");
    });
  }

  function result(d) {
    var doc = index.docs[d];
    var li = document.createElement("li");
    var h = document.createElement("h2");
    h.className = "r-heading";
    var a = document.createElement("a");
    a.className = "r-title";
    a.href = doc[2];
    highlight(a, doc[0], state.tokens);
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement("p");
    meta.className = "r-meta";
    var date = document.createElement(doc[1] ? "time" : "span");
    if (doc[1]) date.setAttribute("datetime", doc[1]);
    date.className = "r-date";
    date.textContent = displayDate(doc[1]);
    meta.appendChild(date);
    if (doc[3]) {
      var people = document.createElement("span");
      people.className = "r-people";
      highlight(people, doc[3], state.tokens);
      meta.appendChild(people);
    }
    li.appendChild(meta);
    var p = document.createElement("p");
    p.className = "r-snippet loading";
    p.setAttribute("data-doc", d);
    p.textContent = "…";
    li.appendChild(p);
    return li;
  }
  function showMore() {
    var next = state.docs.slice(state.shown, state.shown + PAGE);
    var frag = document.createDocumentFragment(), snippets = [];
    next.forEach(function (d) {
      var li = result(d);
      snippets.push(li.querySelector(".r-snippet"));
      frag.appendChild(li);
    });
    list.appendChild(frag);
    if (!firstResultMarked && next.length && perf) { perf.mark("dossier:first-result"); firstResultMarked = true; }
    // Snippets come after the links are on screen: each needs its shard of texts (loaded once, by a script element).
    setTimeout(function () { snippets.forEach(fillSnippet); }, 0);
    state.shown += next.length;
    if (more) {
      var left = state.docs.length - state.shown;
      more.hidden = left <= 0;
      more.textContent = "Show " + Math.min(PAGE, left) + " more (" + left + " left)";
    }
  }

  function suggestions() {
    // The most mentioned people, as queries to start from.
    var counts = new Map();
    index.docs.forEach(function (doc) {
      if (doc[3]) doc[3].split(", ").forEach(function (n) { counts.set(n, (counts.get(n) || 0) + 1); });
    });
    var names = Array.from(counts.keys()).sort(function (a, b) { return counts.get(b) - counts.get(a) || (a < b ? -1 : 1); }).slice(0, 8);
    if (!names.length) return null;
    var p = document.createElement("p");
    p.className = "suggest";
    p.appendChild(document.createTextNode("Try: "));
    names.forEach(function (n, i) {
      var a = document.createElement("a");
      a.href = "search.html?q=" + encodeURIComponent(n);
      a.textContent = n;
      a.addEventListener("click", function (e) { e.preventDefault(); input.value = n; run(n, false, true); });
      if (i) p.appendChild(document.createTextNode(" · "));
      p.appendChild(a);
    });
    return p;
  }
  var suggestBox = document.getElementById("search-suggest");

  function run(q, prefixLast, remember) {
    if (q === state.q) return;
    state.q = q;
    state.tokens = queryTokens(q);
    state.docs = search(state.tokens, prefixLast);
    state.shown = 0;
    list.textContent = "";
    if (remember) {
      try { history.replaceState(null, "", "?q=" + encodeURIComponent(q)); } catch (err) { /* some browsers refuse on file:// */ }
    }
    document.title = (q.trim() ? "“" + q.trim() + "” · " : "") + document.title.replace(/^“.*?” · /, "");
    if (suggestBox) suggestBox.hidden = !!q.trim();
    var n = state.docs.length, total = index.docs.length;
    if (!q.trim()) status.textContent = "Search " + total + " article" + (total === 1 ? "" : "s") + " by title, person or any word in the text.";
    else if (!state.tokens.length) status.textContent = "Type at least two letters.";
    else if (!n) status.textContent = "No article matches “" + q.trim() + "”. Every word must appear; try fewer words.";
    else status.textContent = n + (n === 1 ? " article matches" : " articles match") + " “" + q.trim() + "”.";
    showMore();
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

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value, true, true); }, 150);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    state.q = null;
    run(input.value, true, true);
  });
  if (more) more.addEventListener("click", function () {
    var first = state.shown;
    showMore();
    var links = resultLinks();
    if (links[first]) links[first].focus();
  });

  if (suggestBox) { var s = suggestions(); if (s) suggestBox.appendChild(s); }
  var q = new URLSearchParams(window.location.search).get("q") || "";
  input.value = q;
  run(q, true, false);
})();
