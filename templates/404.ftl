<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page title="Not found" root=(base?has_content)?then(base, root) siteTitle=site.title>
<h1>Not found</h1>
<p>There is no page at this address. Try the <a href="${(base?has_content)?then(base, root)}timeline/index.html">timeline</a>, the <a href="${(base?has_content)?then(base, root)}people/index.html">people index</a> or search.</p>
</@l.page>
