<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page title="Build report" root=root siteTitle=site.title description="What became of every file in the seeds folder" current="report">
<h1>Build report</h1>
<p class="lede">Every file in the seeds folder is accounted for: ${page.seeds} file<#if page.seeds != 1>s</#if> became ${page.articles} article<#if page.articles != 1>s</#if>, ${page.duplicates} duplicate<#if page.duplicates != 1>s</#if> and ${page.rejected} rejected<#if page.skipped gt 0>; ${page.skipped} capture<#if page.skipped != 1>s</#if> in web archives were skipped as no articles (assets, errors, redirects, front and section pages), each with why</#if>. The full record, with every removed line, is in <a href="data/report.json">data/report.json</a>.</p>
<#if page.totals?has_content>
<h2>Removed while cleaning</h2>
<ul class="chips"><#list page.totals as t><li>${t.kind} <span class="count">${t.count}</span></li></#list></ul>
</#if>
<#if page.problems?has_content>
<h2>Curation problems</h2>
<ul><#list page.problems as p><li><code>${p.source}</code>: ${p.reason}</li></#list></ul>
</#if>
<h2>Files</h2>
<#if page.parts?has_content>
<p class="note">${page.seeds} files, on ${page.parts?size} pages in the order of their names.</p>
<@l.partList parts=page.parts noun="file"/>
<#else>
<@l.reportRows rows=page.rows/>
</#if>
</@l.page>
