// Runs a built site's own search (search/meta.js, then js/search.js) in node, as search.html?PARAMS would, with just
// enough of a DOM for the script: a script element appended to the page is read from the site and run, as a browser
// loads it from file://. Prints {"status", "links": [result hrefs], "snippets": [texts], "loaded": [site paths]}.
// usage: node run-search.js SITE QUERY [MORE_PARAMS like "&page=2&order=newest"]
"use strict";
const fs = require("fs"), path = require("path"), vm = require("vm");
const [site, query, more] = process.argv.slice(2);

class Node {
  constructor(tag) { this.tagName = tag; this.children = []; this.attrs = {}; this.className = ""; this.text = ""; this.hidden = false; }
  get textContent() { return this.text + this.children.map((c) => c.textContent).join(""); }
  set textContent(t) { this.text = String(t); this.children = []; }
  appendChild(c) {
    if (c.tagName === "#fragment") this.children.push(...c.children); else this.children.push(c);
    if (c.tagName === "script") setImmediate(() => runScript(c));
    return c;
  }
  setAttribute(k, v) { this.attrs[k] = String(v); }
  getAttribute(k) { return this.attrs[k]; }
  addEventListener() {}
  focus() {}
  get classList() { return { add() {}, remove() {} }; }
  all() { return this.children.flatMap((c) => [c, ...c.all()]); }
  querySelectorAll(sel) { const [tag, cls] = sel.split("."); return this.all().filter((n) => (!tag || n.tagName === tag) && n.className.split(" ").includes(cls)); }
  querySelector(sel) { return this.querySelectorAll(sel)[0] || null; }
}
const loaded = [];
function runScript(node) {
  const rel = decodeURIComponent(node.src);
  const file = path.join(site, rel);
  if (!fs.existsSync(file)) { if (node.onerror) node.onerror(); return; }
  loaded.push(rel);
  vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: rel });
}
const byId = {};
for (const id of ["search-page-form", "search-q", "search-status", "search-suggest", "search-results", "search-pages",
  "search-prev", "search-next", "search-page-number", "search-order"]) byId[id] = new Node("x");
const text = (t) => { const n = new Node("#text"); n.text = t; return n; };
const document = {
  title: "Search", body: new Node("body"),
  getElementById: (id) => byId[id] || null,
  createElement: (tag) => new Node(tag),
  createDocumentFragment: () => new Node("#fragment"),
  createTextNode: text,
};
const window = { location: { search: "?q=" + encodeURIComponent(query) + (more || "") } };
const context = vm.createContext({ window, document, history: { replaceState() {} }, URLSearchParams, Promise, Map, Set,
  setTimeout, clearTimeout });
window.DOSSIER_SEARCH_PIECE = undefined;
// Scripts see window's properties as globals, as in a browser.
vm.runInContext("var window = this;", context);
Object.assign(context, window);
for (const script of ["search/meta.js", "js/search.js"]) {
  loaded.push(script);
  vm.runInContext(fs.readFileSync(path.join(site, script), "utf8"), context, { filename: script });
}
process.on("beforeExit", () => {
  const results = byId["search-results"];
  const links = results.querySelectorAll("a.r-title").map((a) => a.href);
  const snippets = results.querySelectorAll("p.r-snippet").map((p) => p.textContent);
  process.stdout.write(JSON.stringify({ status: byId["search-status"].textContent, links, snippets, loaded }) + "\n");
  process.exit(0);
});
