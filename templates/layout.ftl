<#ftl output_format="HTML">
<#-- The frame of every page. root: relative path to the site root ("" or "../"), so links work from file://. -->
<#macro page title root siteTitle description="" jsonld="" scripts=[] bodyClass="">
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${siteTitle}</title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<meta name="generator" content="Dossier">
<link rel="stylesheet" href="${root}css/dossier.css">
<link rel="stylesheet" href="${root}css/print.css" media="print">
<link rel="alternate" type="application/atom+xml" href="${root}feed.xml" title="${siteTitle}">
<#if jsonld?has_content><script type="application/ld+json">${jsonld?no_esc}</script></#if>
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="${root}index.html">${siteTitle}</a>
    <nav class="site-nav" aria-label="Main">
      <ul>
        <li><a href="${root}timeline/index.html">Timeline</a></li>
        <li><a href="${root}people/index.html">People</a></li>
        <li><a href="${root}report.html">Report</a></li>
        <li><a href="${root}about.html">About</a></li>
      </ul>
    </nav>
    <form class="search-form" role="search" aria-label="Site search" action="${root}search.html" method="get">
      <label for="site-search" class="visually-hidden">Search the archive</label>
      <input type="search" id="site-search" name="q" placeholder="Search titles, people, text" autocomplete="off">
      <button type="submit">Search</button>
    </form>
  </div>
</header>
<main id="main" class="wrap">
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${siteTitle} · a static archive built with Dossier. Every article links to its original bytes; <a href="${root}data/manifest-sha256.txt">fixity manifest</a> · <a href="${root}data/articles.json">data</a> · <a href="${root}feed.xml">Atom feed</a></p>
  </div>
</footer>
<#list scripts as s><script src="${root}${s}"></script>
</#list>
</body>
</html>
</#macro>

<#macro articleList articles showDate=true>
<ol class="article-list">
<#list articles as a>
  <li><#if showDate><@date a/> </#if><a href="${a.url}">${a.title}</a></li>
</#list>
</ol>
</#macro>

<#macro bars bars width height label>
<#if bars?has_content>
<figure class="density">
<figcaption class="visually-hidden">${label}</figcaption>
<svg viewBox="0 0 ${width?c} ${height?c}" width="${width?c}" height="${height?c}" preserveAspectRatio="none">
<#list bars as b><a href="${b.href}"><rect x="${b.x?c}" y="${b.y?c}" width="8" height="${b.height?c}"><title>${b.label}</title></rect></a>
</#list>
</svg>
</figure>
</#if>
</#macro>

<#-- A date people read; machine-readable only when it is a real (possibly partial) date. -->
<#macro date d><#if d.iso?has_content><time datetime="${d.iso}">${d.date}</time><#else><span class="date">${d.date}</span></#if></#macro>
