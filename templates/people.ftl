<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#-- Two orders of the same people. Without any script, CSS shows one at a time: A to Z by default, by number of
     articles when the address ends in #by-count (the sort links set it). Without CSS both lists show. -->
<@l.page title="People" root=root siteTitle=site.title description="Everyone the archive's articles mention" current="people" bodyClass="people-page">
<h1>People</h1>
<p class="lede">${page.total} <#if page.total == 1>person is<#else>people are</#if> mentioned in the archive. Each page lists the articles, the first and last mention and who else appears alongside.</p>
<#assign present = {}>
<#list page.letters as g><#assign present = present + {g.letter: g.anchor}></#list>
<#list page.pages as g><#assign present = present + {g.name: g.anchor}></#list>
<#assign maxCount = 1>
<#list page.byCount as p><#if p.count gt maxCount><#assign maxCount = p.count></#if></#list>
<#if page.total == 0>
<p class="note">No article names anyone yet. People appear here as the archive's articles mention them, or when a curator adds them in <code>content/corrections/</code>.</p>
<#else>
<div class="people-views">
<section id="by-count" class="people-view" aria-labelledby="by-count-h">
  <div class="view-head">
    <h2 id="by-count-h"><#if page.pages?has_content>The ${page.byCount?size} most mentioned<#else>By number of articles</#if></h2>
    <p class="sort-switch"><span class="sort-label">Sort</span> <a href="#by-name">A to Z</a> <span class="active">Most mentioned</span></p>
  </div>
  <ol class="ranked-bars people-ranked">
  <#list page.byCount as p>
    <li><a href="${p.url}" dir="auto">${p.name}</a><span class="rb-track" aria-hidden="true"><span class="rb-bar" style="width: ${(p.count * 100.0 / maxCount)?c}%"></span></span><span class="count">${p.count}<span class="visually-hidden"> article<#if p.count != 1>s</#if></span></span></li>
  </#list>
  </ol>
</section>
<section id="by-name" class="people-view" aria-labelledby="by-name-h">
  <div class="view-head">
    <h2 id="by-name-h">A to Z, by surname</h2>
    <p class="sort-switch"><span class="sort-label">Sort</span> <span class="active">A to Z</span> <a href="#by-count">Most mentioned</a></p>
  </div>
  <nav class="az" aria-label="Jump to letter">
    <ul>
    <#list ["A","B","C","D","E","F","G","H","I","J","K","L","M","N","O","P","Q","R","S","T","U","V","W","X","Y","Z","#"] as letter>
      <#if present[letter]??><li><a href="#${present[letter]}">${letter}</a></li><#elseif letter != "#"><li><span class="az-empty" title="Nobody under ${letter}">${letter}</span></li></#if>
    </#list>
    </ul>
  </nav>
  <#if page.pages?has_content>
  <p class="note">${page.total} people, on a page per letter.</p>
  <@l.groupList groups=page.pages noun="person" nouns="people"/>
  </#if>
  <#list page.letters as g>
  <section class="letter" aria-labelledby="${g.anchor}">
    <h3 id="${g.anchor}">${g.letter}</h3>
    <ul class="people-list"><#list g.people as p><li><a href="${p.url}" dir="auto">${p.name}</a> <span class="count">${p.count}<span class="visually-hidden"> article<#if p.count != 1>s</#if></span></span></li></#list></ul>
  </section>
  </#list>
</section>
</div>
</#if>
</@l.page>
