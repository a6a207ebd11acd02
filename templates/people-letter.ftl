<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#-- A letter of the people index (or part of one), when the index cannot list everyone. -->
<@l.page title="People: " + page.heading root=root siteTitle=site.title description="People under " + page.letter current="people" bodyClass="people-page">
<p class="kicker"><a href="${page.pager.up.url}">${page.pager.up.label}</a></p>
<h1>${page.heading}</h1>
<p class="lede">${page.people?size} <#if page.people?size == 1>person<#else>people</#if>, by surname.</p>
<ul class="people-list"><#list page.people as p><li><a href="${p.url}" dir="auto">${p.name}</a> <span class="count">${p.count}<span class="visually-hidden"> article<#if p.count != 1>s</#if></span></span></li></#list></ul>
<@l.pager p=page.pager/>
</@l.page>
