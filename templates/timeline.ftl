<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#-- The overview: the density chart and the year × month table, each number linking where those articles are listed:
     below on this page while the archive fits one, else on the year's or the month's own page. -->
<@l.page title="Timeline" root=root siteTitle=site.title description="Every article by year and month" current="timeline" bodyClass="timeline-page">
<#assign approxTotal = 0>
<#assign maxMonth = 1>
<#list page.rows as y>
  <#if y.approximate??><#assign approxTotal = approxTotal + y.approximate.count></#if>
  <#list y.months as m><#if m.count gt maxMonth><#assign maxMonth = m.count></#if></#list>
</#list>
<#assign dated = page.total - page.undatedCount - approxTotal>
<h1>Timeline</h1>
<p class="lede">${page.total} article<#if page.total != 1>s</#if> in the order they were published: ${dated} dated to the day or month<#if approxTotal gt 0>, ${approxTotal} known only by year</#if><#if page.undatedCount gt 0>, ${page.undatedCount} undated</#if>.</p>
<@l.bars bars=page.bars width=page.width height=page.height label="Articles per month" focusable=false/>
<#if page.rows?has_content || page.undatedCount gt 0>
<div class="table-wrap overview-wrap">
<table class="overview" id="overview">
  <caption>Articles by year and month. Select a number to <#if page.years?has_content || page.undated?has_content>jump to<#else>open</#if> those articles.</caption>
  <thead>
    <tr><th scope="col">Year</th><#list ["January","February","March","April","May","June","July","August","September","October","November","December"] as mn><th scope="col"><abbr title="${mn}">${mn?substring(0, 3)}</abbr></th></#list><th scope="col" class="approx-col">Year only</th><th scope="col">Total</th></tr>
  </thead>
  <tbody>
  <#list page.rows as y>
    <tr>
      <th scope="row"><a href="${y.url}">${y.year}</a></th>
      <#list y.months as m>
        <#if m.count gt 0>
          <#assign level = ((m.count * 4.0 / maxMonth)?ceiling)>
          <td class="lvl-${level}"><a href="${m.url}" title="${m.label} ${y.year}: ${m.count} article<#if m.count != 1>s</#if>">${m.count}</a></td>
        <#else>
          <td class="empty"><span class="visually-hidden">none</span></td>
        </#if>
      </#list>
      <td class="approx-col<#if y.approximate??> approx</#if>"><#if y.approximate??><a href="${y.approximate.url}" title="${y.year}, month unknown: ${y.approximate.count}">${y.approximate.count}</a><#else><span class="visually-hidden">none</span></#if></td>
      <td class="total">${y.count}</td>
    </tr>
  </#list>
  </tbody>
  <#if page.undatedCount gt 0>
  <tfoot>
    <tr><th scope="row"><a href="${page.undatedUrl}">Undated</a></th><td colspan="13" class="undated-note">No date anywhere in the article</td><td class="total">${page.undatedCount}</td></tr>
  </tfoot>
  </#if>
</table>
</div>
</#if>
<nav class="jump year-jump" aria-label="Jump to year">
  <ul><#list page.rows as y><li><a href="${y.url}">${y.year}</a></li></#list><#if page.undatedCount gt 0><li><a href="${page.undatedUrl}">Undated</a></li></#if></ul>
</nav>
<#list page.years as y>
<@l.yearSection y=y>
  <p class="to-top"><a href="#overview">Back to the overview</a></p>
</@l.yearSection>
</#list>
<#if page.undated?has_content>
<@l.undatedSection articles=page.undated count=page.undatedCount/>
</#if>
</@l.page>
