<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page title="Timeline" root=root siteTitle=site.title description="Every article by year and month">
<h1>Timeline</h1>
<p class="meta">${page.total} articles</p>
<@l.bars bars=page.bars width=page.width height=page.height label="Articles per month"/>
<nav class="jump" aria-label="Jump to year"><ul><#list page.years as y><li><a href="#${y.anchor}">${y.year}</a> <span class="count">${y.count}</span></li></#list><#if page.undated?has_content><li><a href="#undated">Undated</a> <span class="count">${page.undated?size}</span></li></#if></ul></nav>
<#list page.years as y>
<section class="year" aria-labelledby="${y.anchor}">
  <h2 id="${y.anchor}">${y.year} <span class="count">${y.count} article<#if y.count != 1>s</#if></span></h2>
  <#list y.months as m>
  <h3 id="${m.anchor}">${m.name} ${y.year} <span class="count">${m.count}</span></h3>
  <@l.articleList articles=m.articles/>
  </#list>
  <#if y.approximate?has_content>
  <h3 id="${y.anchor}-approx">Sometime in ${y.year} <span class="count">${y.approximate?size}</span></h3>
  <p class="note">Only the year of these articles is known.</p>
  <@l.articleList articles=y.approximate showDate=false/>
  </#if>
</section>
</#list>
<#if page.undated?has_content>
<section class="year" aria-labelledby="undated">
  <h2 id="undated">Undated <span class="count">${page.undated?size}</span></h2>
  <p class="note">Nothing in these articles says when they were published; correct them in <code>content/corrections/</code>.</p>
  <@l.articleList articles=page.undated showDate=false/>
</section>
</#if>
</@l.page>
