<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page title="Build report: " + page.heading root=root siteTitle=site.title description="What became of the files " + page.heading current="report">
<p class="kicker"><a href="${page.pager.up.url}">${page.pager.up.label}</a></p>
<h1>Files: ${page.heading}</h1>
<p class="lede">${page.rows?size} file<#if page.rows?size != 1>s</#if>, in the order of their names. The full record, with every removed line, is in <a href="${root}data/report.json">data/report.json</a>.</p>
<@l.reportRows rows=page.rows/>
<@l.pager p=page.pager/>
</@l.page>
