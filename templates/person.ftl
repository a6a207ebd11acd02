<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page title=page.name root=root siteTitle=site.title description="Articles mentioning " + page.name jsonld=page.jsonLd current="people" bodyClass="person-page">
<article class="person" aria-labelledby="person-h">
  <header class="person-header">
    <p class="kicker"><a href="index.html">People</a> · ${page.count} article<#if page.count != 1>s</#if></p>
    <h1 id="person-h" dir="auto">${page.name}</h1>
    <#if page.aliases?has_content><p class="aliases">Also written as <#list page.aliases as a><span class="alias" dir="auto">${a}</span><#sep>, </#sep></#list></p></#if>
    <#if page.bio?has_content><div class="bio"><#list page.bio as para><p>${para}</p></#list></div></#if>
    <dl class="stats">
      <div><dt>Articles</dt><dd>${page.count}</dd></div>
      <#if page.first??>
      <div><dt>First mention</dt><dd><a href="${page.first.url}">${page.firstDate}</a></dd></div>
      <div><dt>Last mention</dt><dd><a href="${page.last.url}">${page.lastDate}</a></dd></div>
      <#else>
      <div><dt>Dates</dt><dd>None of these articles is dated</dd></div>
      </#if>
      <#if page.coMentions?has_content><div><dt>Mentioned with</dt><dd>${page.coMentions?size} <#if page.coMentions?size == 1>person<#else>people</#if></dd></div></#if>
    </dl>
  </header>
  <@l.bars bars=page.bars width=page.width height=page.height label="Mentions over time" id="mentions"/>
  <div class="columns">
    <section class="panel" aria-labelledby="articles-h">
      <#if page.years?has_content>
      <h2 id="articles-h">Latest articles mentioning <bdi>${page.name}</bdi></h2>
      <@l.articleList articles=page.articles/>
      <h2 id="years-h">Every article, by year</h2>
      <@l.groupList groups=page.years/>
      <#else>
      <h2 id="articles-h">Articles mentioning <bdi>${page.name}</bdi></h2>
      <@l.articlesByYear articles=page.articles nav=(page.count gt 12)/>
      </#if>
    </section>
    <#if page.coMentions?has_content>
    <section class="panel" aria-labelledby="co-h">
      <h2 id="co-h">Often mentioned with</h2>
      <p class="meta">Articles that name both.</p>
      <#assign maxCo = 1>
      <#list page.coMentions as c><#if c.count gt maxCo><#assign maxCo = c.count></#if></#list>
      <ol class="ranked-bars">
      <#list page.coMentions as c>
        <li><a href="${c.url}" dir="auto">${c.name}</a><span class="rb-track" aria-hidden="true"><span class="rb-bar" style="width: ${(c.count * 100.0 / maxCo)?c}%"></span></span><span class="count">${c.count}<span class="visually-hidden"> article<#if c.count != 1>s</#if> together</span></span></li>
      </#list>
      </ol>
    </section>
    </#if>
  </div>
</article>
</@l.page>
