<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page title="People" root=root siteTitle=site.title description="Everyone the archive's articles mention">
<h1>People</h1>
<p class="meta">${page.total} people, filed by surname. <a href="#by-count">Sorted by number of articles</a></p>
<nav class="jump" aria-label="Jump to letter"><ul><#list page.letters as g><li><a href="#${g.anchor}">${g.letter}</a></li></#list></ul></nav>
<#list page.letters as g>
<section aria-labelledby="${g.anchor}">
  <h2 id="${g.anchor}">${g.letter}</h2>
  <ul class="people-list"><#list g.people as p><li><a href="${p.url}">${p.name}</a> <span class="count">${p.count}</span></li></#list></ul>
</section>
</#list>
<section aria-labelledby="by-count">
  <h2 id="by-count">By number of articles</h2>
  <ol class="people-list ranked"><#list page.byCount as p><li><a href="${p.url}">${p.name}</a> <span class="count">${p.count}</span></li></#list></ol>
</section>
</@l.page>
