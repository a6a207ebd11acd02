<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page title=page.title root=root siteTitle=site.title description=page.title jsonld=page.jsonLd>
<article class="article">
  <header class="article-header">
    <h1>${page.title}</h1>
    <p class="meta">
      <@l.date page/>
      <#if page.dateSource?has_content><span class="source-note">(date from ${page.dateSource})</span></#if>
      <#if page.byline?has_content><span class="byline">${page.byline}</span></#if>
    </p>
    <#if page.people?has_content>
    <p class="people-line"><span class="label">People:</span>
      <#list page.people as p><a class="person" href="${p.url}">${p.name}</a><#sep>, </#sep></#list>
    </p>
    </#if>
  </header>
  <div class="article-text" data-article-text>
${page.body?no_esc}
  </div>
  <aside class="cite" aria-labelledby="cite-h">
    <h2 id="cite-h">Cite this</h2>
    <dl>
      <dt>Title</dt><dd>${page.title}</dd>
      <dt>Date</dt><dd>${page.date}</dd>
      <dt>Permalink</dt><dd><code>${page.permalink}</code></dd>
      <dt>SHA-256</dt><dd><code class="hash">${page.sha256}</code></dd>
      <dt>Original</dt><dd><a href="${page.original}">${page.source}</a> (${page.size?c} bytes, ${page.decoding})</dd>
    </dl>
    <#if page.removed?has_content>
    <p class="removed">Cleaning removed: <#list page.removed as r>${r.count} ${r.kind}<#sep>, </#sep></#list>. See the <a href="${root}report.html">build report</a>.</p>
    </#if>
  </aside>
  <nav class="prev-next" aria-label="Previous and next in time">
    <#if page.prev??><a rel="prev" href="${page.prev.url}"><span>Earlier</span> ${page.prev.title}</a><#else><span></span></#if>
    <#if page.next??><a rel="next" href="${page.next.url}"><span>Later</span> ${page.next.title}</a></#if>
  </nav>
</article>
</@l.page>
