<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page title="Home" root=root siteTitle=site.title description=site.description headerSearch=false bodyClass="home">
<section class="hero" aria-labelledby="home-h">
  <p class="kicker">A reading room for ${page.stats.articles} archived article<#if page.stats.articles != 1>s</#if></p>
  <h1 id="home-h">${site.title}</h1>
  <p class="lede">${site.description}</p>
  <form class="search-form big" role="search" aria-label="Search the archive" action="search.html" method="get">
    <label for="home-search">Search every article: titles, people and full text</label>
    <div class="search-box">
      <input type="search" id="home-search" name="q" placeholder="A name or a word, e.g. Kavanaugh" autocomplete="off" enterkeyhint="search">
      <button type="submit">Search</button>
    </div>
  </form>
  <dl class="stats">
    <div><dt>Articles</dt><dd><a href="timeline/index.html">${page.stats.articles}</a></dd></div>
    <div><dt>People</dt><dd><a href="people/index.html">${page.stats.people}</a></dd></div>
    <#if page.stats.firstDate?has_content>
    <div class="span"><dt>Dated from</dt><dd>${page.stats.firstDate}<#if page.stats.lastDate != page.stats.firstDate> <span class="to">to</span> ${page.stats.lastDate}</#if></dd></div>
    </#if>
    <div><dt>Set aside</dt><dd><a href="report.html">${page.stats.duplicates} duplicate<#if page.stats.duplicates != 1>s</#if>, ${page.stats.rejected} rejected</a></dd></div>
  </dl>
</section>
<div class="columns">
<section class="panel" aria-labelledby="latest-h">
  <h2 id="latest-h">Latest articles</h2>
  <@l.articleList articles=page.latest/>
  <p class="more"><a href="timeline/index.html">Every article on the timeline</a></p>
</section>
<div class="side">
<section class="panel" aria-labelledby="people-h">
  <h2 id="people-h">Most mentioned</h2>
  <ul class="chips"><#list page.topPeople as p><li><a href="${p.url}" dir="auto">${p.name}</a> <span class="count" title="articles">${p.count}</span></li></#list></ul>
  <p class="more"><a href="people/index.html">Everyone, A to Z</a></p>
</section>
<#if page.years?has_content>
<section class="panel" aria-labelledby="years-h">
  <h2 id="years-h">By year</h2>
  <#assign maxYear = 1>
  <#list page.years as y><#if y.count gt maxYear><#assign maxYear = y.count></#if></#list>
  <ol class="year-bars">
  <#list page.years as y>
    <li><a href="${y.url}"><span class="yb-year">${y.label}</span><span class="yb-track"><span class="yb-bar" style="width: ${(y.count * 100.0 / maxYear)?c}%"></span></span><span class="yb-count">${y.count}<span class="visually-hidden"> article<#if y.count != 1>s</#if></span></span></a></li>
  </#list>
  </ol>
</section>
</#if>
</div>
</div>
</@l.page>
