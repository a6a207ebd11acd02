<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page title="Home" root=root siteTitle=site.title description=site.description>
<section class="intro">
  <h1>${site.title}</h1>
  <p class="lede">${site.description}</p>
  <ul class="stats">
    <li><strong>${page.stats.articles}</strong> article<#if page.stats.articles != 1>s</#if></li>
    <li><strong>${page.stats.people}</strong> <a href="people/index.html">people</a></li>
    <#if page.stats.firstDate?has_content><li>from <strong>${page.stats.firstDate}</strong> to <strong>${page.stats.lastDate}</strong></li></#if>
    <li><a href="report.html">${page.stats.duplicates} duplicate<#if page.stats.duplicates != 1>s</#if>, ${page.stats.rejected} rejected</a></li>
  </ul>
  <form class="search-form big" role="search" aria-label="Search the archive" action="search.html" method="get">
    <label for="home-search">Search the archive</label>
    <input type="search" id="home-search" name="q" placeholder="e.g. Kavanaugh" autocomplete="off">
    <button type="submit">Search</button>
  </form>
</section>
<div class="columns">
<section aria-labelledby="latest-h">
  <h2 id="latest-h">Latest articles</h2>
  <@l.articleList articles=page.latest/>
  <p><a href="timeline/index.html">The full timeline →</a></p>
</section>
<section aria-labelledby="people-h">
  <h2 id="people-h">Most mentioned</h2>
  <ul class="chips"><#list page.topPeople as p><li><a href="${p.url}">${p.name}</a> <span class="count">${p.count}</span></li></#list></ul>
  <p><a href="people/index.html">Everyone →</a></p>
  <h2>By year</h2>
  <ul class="chips"><#list page.years as y><li><a href="timeline/index.html#${y.anchor}">${y.year}</a> <span class="count">${y.count}</span></li></#list></ul>
</section>
</div>
</@l.page>
