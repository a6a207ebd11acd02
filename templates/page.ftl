<#ftl output_format="HTML">
<#-- Curated pages from content/pages, rendered by JBake itself (its model: content, config). -->
<#import "layout.ftl" as l>
<#-- JBake's configuration splits values at commas: join them back. -->
<#function text v><#return v?is_sequence?then(v?join(", "), v)></#function>
<@l.page title=content.title root=(content.rootpath)!"" siteTitle=text(config.site_title) description=text(config.site_description) current=((content.uri)!"")?replace("^.*/", "", "r")?remove_ending(".html")>
<article class="page">
<h1>${content.title}</h1>
${content.body?no_esc}
</article>
</@l.page>
