<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#-- A page of a list too long for one: a month of the timeline, a year of a person's articles. -->
<@l.page title=page.title root=root siteTitle=site.title description="Articles: " + page.title current=page.current bodyClass="timeline-page">
<p class="kicker"><a href="${page.context.url}">${page.context.label}</a><#if page.pager.up.url != page.context.url> · <a href="${page.pager.up.url}">${page.pager.up.label}</a></#if></p>
<h1>${page.title}</h1>
<p class="lede">${page.articles?size} article<#if page.articles?size != 1>s</#if>, in the order they were published.</p>
<@l.articleList articles=page.articles showDate=page.showDate/>
<@l.pager p=page.pager/>
</@l.page>
