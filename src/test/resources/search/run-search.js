// Runs a built site's own search (search/index.js, then js/search.js) in node, as search.html?q=QUERY would, with
// just enough of a DOM for the script; prints {"status": ..., "links": [result hrefs]} as JSON.
// usage: node run-search.js SITE QUERY
"use strict";
const fs = require("fs"), path = require("path"), vm = require("vm");
const [site, query] = process.argv.slice(2);

class Node {
  constructor(tag) { this.tagName = tag; this.children = []; this.attrs = {}; this.className = ""; this.text = ""; this.hidden = false; }
  get textContent() { return this.text + this.children.map((c) => c.textContent).join(""); }
  set textContent(t) { this.text = String(t); this.children = []; }
  appendChild(c) { if (c.tagName === "#fragment") this.children.push(...c.children); else this.children.push(c); return c; }
  setAttribute(k, v) { this.attrs[k] = String(v); }
  getAttribute(k) { return this.attrs[k]; }
  addEventListener() {}
  get classList() { return { add() {}, remove() {} }; }
  all() { return this.children.flatMap((c) => [c, ...c.all()]); }
  querySelectorAll(sel) { const [tag, cls] = sel.split("."); return this.all().filter((n) => (!tag || n.tagName === tag) && n.className.split(" ").includes(cls)); }
  querySelector(sel) { return this.querySelectorAll(sel)[0] || null; }
}
const byId = {};
for (const id of ["search-page-form", "search-q", "search-status", "search-suggest", "search-results", "search-more"]) byId[id] = new Node("x");
const text = (t) => { const n = new Node("#text"); n.text = t; return n; };
const document = {
  title: "Search", body: new Node("body"),
  getElementById: (id) => byId[id] || null,
  createElement: (tag) => new Node(tag),
  createDocumentFragment: () => new Node("#fragment"),
  createTextNode: text,
};
const window = { location: { search: "?q=" + encodeURIComponent(query) } };
const context = vm.createContext({ window, document, history: { replaceState() {} }, URLSearchParams, setTimeout: () => 0, clearTimeout() {} });
for (const script of ["search/index.js", "js/search.js"]) vm.runInContext(fs.readFileSync(path.join(site, script), "utf8"), context, { filename: script });
const links = byId["search-results"].querySelectorAll("a.r-title").map((a) => a.href);
process.stdout.write(JSON.stringify({ status: byId["search-status"].textContent, links }) + "\n");
