<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page title="Search" root=root siteTitle=site.title description="Search the archive" scripts=["search/meta.js", "js/search.js"] headerSearch=false current="search" bodyClass="search-page">
<h1>Search</h1>
<form class="search-form big" role="search" aria-label="Search the archive" action="search.html" method="get" id="search-page-form">
  <label for="search-q">Search titles, people and full text</label>
  <div class="search-box">
    <input type="search" id="search-q" name="q" autocomplete="off" autofocus enterkeyhint="search" aria-describedby="search-help" aria-controls="search-results">
    <button type="submit">Search</button>
  </div>
  <p id="search-help" class="hint">Every word must appear; a last word that is not a word of the archive also matches the start of longer ones. Put words in quotes to find them as a phrase (<code>"white house"</code>). Press <kbd>↓</kbd> to move through the results.</p>
  <p class="search-order"><label for="search-order">Order</label>
    <select id="search-order" name="order">
      <option value="rank">Best match first</option>
      <option value="newest">Newest first</option>
      <option value="oldest">Oldest first</option>
    </select></p>
</form>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<div id="search-suggest" class="suggest-box"></div>
<ol id="search-results" class="results"></ol>
<nav id="search-pages" class="search-pages" aria-label="Result pages" hidden>
  <button type="button" id="search-prev" class="more-button">Previous page</button>
  <span id="search-page-number" aria-live="polite"></span>
  <button type="button" id="search-next" class="more-button">Next page</button>
</nav>
<noscript><p class="note">Search runs in your browser and needs JavaScript. Without it, browse the <a href="timeline/index.html">timeline</a> or the <a href="people/index.html">people index</a>.</p></noscript>
</@l.page>
