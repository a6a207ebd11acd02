<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign dateFrom = {"header": "from the article's header", "meta": "from the page's metadata", "text": "read from the text",
  "curated": "set by the curator"}>
<@l.page title=page.title root=root siteTitle=site.title description=page.title jsonld=page.jsonLd bodyClass="article-page">
<article class="article" aria-labelledby="article-title">
  <header class="article-header">
    <p class="kicker"><@l.date page/><#if page.dateSource?has_content && dateFrom[page.dateSource]??> <span class="source-note">· date ${dateFrom[page.dateSource]}</span><#elseif !page.iso?has_content> <span class="source-note">· nothing in the article says when it was published</span></#if></p>
    <h1 id="article-title">${page.title}</h1>
    <#if page.byline?has_content><p class="byline">${page.byline}</p></#if>
    <#if page.people?has_content>
    <div class="people-line"><h2 class="label" id="people-h">People</h2>
      <ul class="chips" aria-labelledby="people-h"><#list page.people as p><li><a class="person" href="${p.url}" dir="auto">${p.name}</a></li></#list></ul>
    </div>
    </#if>
  </header>
  <div class="article-body">
    <div class="article-text" data-article-text>
${page.body?no_esc}
    </div>
    <div class="article-side">
      <section class="side-box cite" aria-labelledby="cite-h">
        <h2 id="cite-h">Cite this</h2>
        <p class="citation" id="citation">“${page.title}.” <cite>${site.title}</cite>, ${page.date}. ${page.permalink}.<#if page.captured??> Captured from ${page.captured.url} on ${page.captured.when}.</#if> SHA-256: ${page.sha256}.</p>
        <dl>
          <dt>Permalink</dt><dd><a href="${page.permalink?contains("://")?then(page.permalink, root + page.url)}" class="permalink"><code>${page.permalink}</code></a></dd>
          <#if page.captured??>
          <dt>Original URL</dt><dd><code class="original-url">${page.captured.url}</code></dd>
          <dt>Captured</dt><dd><time class="captured" datetime="${page.captured.when}">${page.captured.when}</time></dd>
          </#if>
          <dt>SHA-256</dt><dd><code class="hash">${page.sha256}</code></dd>
        </dl>
      </section>
      <section class="side-box original" aria-labelledby="original-h">
        <h2 id="original-h">Original file</h2>
        <p><a href="${page.original}" class="original-link">${page.source}</a></p>
        <p class="meta">${page.size?c} bytes, read as ${page.decoding}<#if page.tweets gt 0> · ${page.tweets} quoted tweet<#if page.tweets != 1>s</#if></#if>. <#if page.captured??>The page's bytes exactly as served<#else>The bytes exactly as saved</#if>, under a name no browser runs.</p>
        <#if page.captured?? && page.captured.earlier?has_content>
        <p class="meta">Also captured (the latest capture is shown):</p>
        <ul class="earlier-captures"><#list page.captured.earlier as c><li><code>${c}</code></li></#list></ul>
        </#if>
        <#if page.removed?has_content>
        <p class="meta">Cleaning removed <#list page.removed as r>${r.count} ${r.kind}<#sep>, </#sep></#list>; see the <a href="${root}report.html">build report</a>.</p>
        </#if>
      </section>
    </div>
  </div>
  <nav class="prev-next" aria-label="Earlier and later articles">
    <#if page.prev??><a rel="prev" href="${page.prev.url}"><span class="dir">← Earlier · ${page.prev.date}</span> <span class="t">${page.prev.title}</span></a><#else><span class="none">This is the earliest article.</span></#if>
    <#if page.next??><a rel="next" href="${page.next.url}"><span class="dir">Later · ${page.next.date} →</span> <span class="t">${page.next.title}</span></a><#else><span class="none">This is the latest article.</span></#if>
  </nav>
</article>
</@l.page>
