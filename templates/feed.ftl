<#ftl output_format="XML">
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${site.title}</title>
  <subtitle>${site.description}</subtitle>
  <id>${base?has_content?then(base, "urn:dossier:" + site.title?url)}</id>
  <link rel="alternate" href="${base}index.html"/>
  <#if base?has_content><link rel="self" href="${base}feed.xml"/></#if>
  <updated>${(page?has_content)?then(page[0].iso, "1970-01-01")}T00:00:00Z</updated>
  <generator>Dossier</generator>
<#list page as a>
  <entry>
    <title>${a.title}</title>
    <link href="${a.url}"/>
    <id>${base?has_content?then(a.url, "urn:dossier:" + a.url)}</id>
    <updated>${a.iso}<#if a.iso?length == 4>-01-01<#elseif a.iso?length == 7>-01</#if>T00:00:00Z</updated>
  </entry>
</#list>
</feed>
