/* Full-text search over search/index.js, from file:// or any host: no fetch(), only script elements. */
(function () {
  "use strict";
  var index = window.DOSSIER_INDEX;
  var form = document.getElementById("search-page-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!index || !list) return;
  var terms = Object.keys(index.terms).sort();
  var shards = {};
  var waiting = {};
  var MAX = 100;

  // The same folding as the index builder: lower case, no accents, letters and digits.
  function tokens(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length >= 2; });
  }
  function postings(term) {
    var out = [], last = 0, s = index.terms[term];
    if (!s) return out;
    s.split(",").forEach(function (d) { last += parseInt(d, 36); out.push(last); });
    return out;
  }
  // Words match exactly, or by prefix for the word being typed.
  function matching(token, prefix) {
    var hits = new Set();
    if (!prefix || token.length < 3) { postings(token).forEach(function (d) { hits.add(d); }); return hits; }
    var lo = 0, hi = terms.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (terms[mid] < token) lo = mid + 1; else hi = mid; }
    for (var i = lo; i < terms.length && terms[i].lastIndexOf(token, 0) === 0; i++) {
      postings(terms[i]).forEach(function (d) { hits.add(d); });
    }
    return hits;
  }
  function search(q) {
    var ts = tokens(q);
    if (!ts.length) return { tokens: ts, docs: [] };
    var result = null;
    ts.forEach(function (t, i) {
      var hits = matching(t, i === ts.length - 1);
      result = result === null ? hits : new Set(Array.from(result).filter(function (d) { return hits.has(d); }));
    });
    var docs = Array.from(result || []);
    docs.sort(function (a, b) {
      var ta = score(a, ts), tb = score(b, ts);
      if (ta !== tb) return tb - ta;
      return (index.docs[b][1] || "").localeCompare(index.docs[a][1] || "");
    });
    return { tokens: ts, docs: docs };
  }
  function score(d, ts) {
    var title = tokens(index.docs[d][0] + " " + index.docs[d][3]).join(" ");
    return ts.filter(function (t) { return title.indexOf(t) >= 0; }).length;
  }
  function loadShard(n, then) {
    if (shards[n]) { then(shards[n]); return; }
    (waiting[n] = waiting[n] || []).push(then);
    if (waiting[n].length > 1) return;
    var s = document.createElement("script");
    s.src = "search/text-" + (n < 16 ? "0" : "") + n.toString(16) + ".js";
    document.body.appendChild(s);
  }
  window.DOSSIER_TEXT = function (n, texts) {
    shards[n] = texts;
    (waiting[n] || []).forEach(function (f) { f(texts); });
    waiting[n] = [];
  };
  function snippet(text, ts) {
    var lower = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    var at = -1;
    ts.some(function (t) { at = lower.search(new RegExp("(^|[^\\p{L}\\p{N}])" + t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "u")); return at >= 0; });
    var start = Math.max(0, at - 80);
    var piece = (start > 0 ? "…" : "") + text.slice(start, start + 240) + (start + 240 < text.length ? "…" : "");
    return piece;
  }
  function highlight(el, text, ts) {
    var re = new RegExp("(" + ts.map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("|") + ")", "giu");
    var last = 0, m;
    var folded = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    // Highlight on the original text when folding kept its length; otherwise show it plain.
    var src = folded.length === text.length ? folded : text;
    while ((m = re.exec(src)) !== null) {
      if (m.index > last) el.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m.index, m.index + m[0].length);
      el.appendChild(mark);
      last = m.index + m[0].length;
      if (m[0].length === 0) re.lastIndex++;
    }
    el.appendChild(document.createTextNode(text.slice(last)));
  }
  function show(q) {
    list.textContent = "";
    var r = search(q);
    if (!q.trim()) { status.textContent = "Type a word, a name or a phrase."; return; }
    status.textContent = r.docs.length === 0 ? "No article matches “" + q + "”."
      : r.docs.length + (r.docs.length === 1 ? " article matches" : " articles match") + " “" + q + "”"
        + (r.docs.length > MAX ? "; the first " + MAX + " are shown." : ".");
    r.docs.slice(0, MAX).forEach(function (d) {
      var doc = index.docs[d];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.className = "r-title";
      a.href = doc[2];
      highlight(a, doc[0], r.tokens);
      li.appendChild(a);
      var meta = document.createElement("div");
      meta.className = "r-meta";
      meta.textContent = (doc[1] || "Undated") + (doc[3] ? " · " + doc[3] : "");
      li.appendChild(meta);
      var p = document.createElement("p");
      p.className = "r-snippet";
      li.appendChild(p);
      list.appendChild(li);
      loadShard(doc[4], function (texts) { highlight(p, snippet(texts[doc[5]], r.tokens), r.tokens); });
    });
  }
  var q = new URLSearchParams(window.location.search).get("q") || "";
  input.value = q;
  document.querySelectorAll("input[type=search][name=q]").forEach(function (i) { if (i !== input) i.value = q; });
  show(q);
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var v = input.value;
    try { history.replaceState(null, "", "?q=" + encodeURIComponent(v)); } catch (err) { /* file:// may refuse; results still show */ }
    show(v);
  });
})();
