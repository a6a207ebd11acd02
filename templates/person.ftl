<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page title=page.name root=root siteTitle=site.title description="Articles mentioning " + page.name jsonld=page.jsonLd>
<article class="person-page">
  <h1>${page.name}</h1>
  <p class="meta">${page.count} article<#if page.count != 1>s</#if><#if page.first?has_content> · first mentioned ${page.first}, last ${page.last}</#if></p>
  <#if page.aliases?has_content><p class="aliases">Also written as: <#list page.aliases as a>${a}<#sep>, </#sep></#list></p></#if>
  <#list page.bio as para><p class="bio">${para}</p></#list>
  <@l.bars bars=page.bars width=page.width height=page.height label="Mentions of " + page.name + " over time"/>
  <section aria-labelledby="articles-h">
    <h2 id="articles-h">Articles</h2>
    <@l.articleList articles=page.articles/>
  </section>
  <#if page.coMentions?has_content>
  <section aria-labelledby="co-h">
    <h2 id="co-h">Often mentioned with</h2>
    <ul class="chips"><#list page.coMentions as c><li><a href="${c.url}">${c.name}</a> <span class="count">${c.count}</span></li></#list></ul>
  </section>
  </#if>
</article>
</@l.page>
