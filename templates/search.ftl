<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page title="Search" root=root siteTitle=site.title description="Search the archive" scripts=["search/index.js", "js/search.js"]>
<h1>Search</h1>
<form class="search-form big" role="search" aria-label="Search the archive" action="search.html" method="get" id="search-page-form">
  <label for="search-q">Search titles, people and text</label>
  <input type="search" id="search-q" name="q" autocomplete="off" autofocus>
  <button type="submit">Search</button>
</form>
<p id="search-status" class="meta" role="status" aria-live="polite"></p>
<ol id="search-results" class="results"></ol>
<noscript><p>Search needs JavaScript. Without it, browse the <a href="timeline/index.html">timeline</a> or the <a href="people/index.html">people index</a>.</p></noscript>
</@l.page>
