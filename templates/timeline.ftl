<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page title="Timeline" root=root siteTitle=site.title description="Every article by year and month" current="timeline" bodyClass="timeline-page">
<#assign approxTotal = 0>
<#assign maxMonth = 1>
<#list page.years as y>
  <#assign approxTotal = approxTotal + y.approximate?size>
  <#list y.months as m><#if m.count gt maxMonth><#assign maxMonth = m.count></#if></#list>
</#list>
<#assign dated = page.total - page.undated?size - approxTotal>
<h1>Timeline</h1>
<p class="lede">${page.total} article<#if page.total != 1>s</#if> in the order they were published: ${dated} dated to the day or month<#if approxTotal gt 0>, ${approxTotal} known only by year</#if><#if page.undated?has_content>, ${page.undated?size} undated</#if>.</p>
<@l.bars bars=page.bars width=page.width height=page.height label="Articles per month" focusable=false/>
<#if page.years?has_content || page.undated?has_content>
<div class="table-wrap overview-wrap">
<table class="overview" id="overview">
  <caption>Articles by year and month. Select a number to jump to those articles.</caption>
  <thead>
    <tr><th scope="col">Year</th><#list ["January","February","March","April","May","June","July","August","September","October","November","December"] as mn><th scope="col"><abbr title="${mn}">${mn?substring(0, 3)}</abbr></th></#list><th scope="col" class="approx-col">Year only</th><th scope="col">Total</th></tr>
  </thead>
  <tbody>
  <#list page.years as y>
    <#assign byMonth = {}>
    <#list y.months as m><#assign byMonth = byMonth + {m.anchor?keep_after_last("-"): m}></#list>
    <tr>
      <th scope="row"><a href="#${y.anchor}">${y.year}</a></th>
      <#list 1..12 as n>
        <#assign key = n?string("00")>
        <#if byMonth[key]??>
          <#assign m = byMonth[key]>
          <#assign level = ((m.count * 4.0 / maxMonth)?ceiling)>
          <td class="lvl-${level}"><a href="#${m.anchor}" title="${m.name} ${y.year}: ${m.count} article<#if m.count != 1>s</#if>">${m.count}</a></td>
        <#else>
          <td class="empty"><span class="visually-hidden">none</span></td>
        </#if>
      </#list>
      <td class="approx-col<#if y.approximate?has_content> approx</#if>"><#if y.approximate?has_content><a href="#${y.anchor}-approx" title="${y.year}, month unknown: ${y.approximate?size}">${y.approximate?size}</a><#else><span class="visually-hidden">none</span></#if></td>
      <td class="total">${y.count}</td>
    </tr>
  </#list>
  </tbody>
  <#if page.undated?has_content>
  <tfoot>
    <tr><th scope="row"><a href="#undated">Undated</a></th><td colspan="13" class="undated-note">No date anywhere in the article</td><td class="total">${page.undated?size}</td></tr>
  </tfoot>
  </#if>
</table>
</div>
</#if>
<nav class="jump year-jump" aria-label="Jump to year">
  <ul><#list page.years as y><li><a href="#${y.anchor}">${y.year}</a></li></#list><#if page.undated?has_content><li><a href="#undated">Undated</a></li></#if></ul>
</nav>
<#list page.years as y>
<section class="year" aria-labelledby="${y.anchor}">
  <h2 id="${y.anchor}" class="year-title">${y.year} <span class="count">${y.count} article<#if y.count != 1>s</#if></span></h2>
  <#list y.months as m>
  <section class="month" aria-labelledby="${m.anchor}">
    <h3 id="${m.anchor}">${m.name} ${y.year} <span class="count">${m.count}</span></h3>
    <@l.articleList articles=m.articles/>
  </section>
  </#list>
  <#if y.approximate?has_content>
  <section class="month approximate" aria-labelledby="${y.anchor}-approx">
    <h3 id="${y.anchor}-approx">Sometime in ${y.year} <span class="badge">year only</span> <span class="count">${y.approximate?size}</span></h3>
    <p class="note">These articles give their year but not the month, so they are filed at the end of ${y.year}.</p>
    <@l.articleList articles=y.approximate showDate=false/>
  </section>
  </#if>
  <p class="to-top"><a href="#overview">Back to the overview</a></p>
</section>
</#list>
<#if page.undated?has_content>
<section class="year undated" aria-labelledby="undated">
  <h2 id="undated" class="year-title">Undated <span class="badge">no date</span> <span class="count">${page.undated?size} article<#if page.undated?size != 1>s</#if></span></h2>
  <p class="note">Nothing in these articles says when they were published. A curator can date one in <code>content/corrections/</code>.</p>
  <@l.articleList articles=page.undated showDate=false/>
</section>
</#if>
</@l.page>
