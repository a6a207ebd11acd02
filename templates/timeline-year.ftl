<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#-- A year of the timeline (or its undated articles): every article while they fit one page, else its months, each
     linking its page or pages. -->
<@l.page title=page.title + " · Timeline" root=root siteTitle=site.title description="The archive's articles of " + page.title current="timeline" bodyClass="timeline-page">
<p class="kicker"><a href="${page.pager.up.url}">${page.pager.up.label}</a></p>
<h1>${page.title}</h1>
<#if page.year??>
<@l.yearSection y=page.year/>
<#elseif page.anchor == "undated">
<@l.undatedSection articles=page.undated count=page.count>
  <#list page.sections as g><@l.partList parts=g.parts/></#list>
</@l.undatedSection>
<#else>
<section class="year" aria-labelledby="${page.anchor}">
  <h2 id="${page.anchor}" class="year-title">${page.title} <span class="count">${page.count} article<#if page.count != 1>s</#if></span></h2>
  <@l.groupList groups=page.sections/>
</section>
</#if>
<@l.pager p=page.pager/>
</@l.page>
