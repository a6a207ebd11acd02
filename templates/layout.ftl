<#ftl output_format="HTML">
<#-- The frame of every page. root: relative path to the site root ("" or "../"), so links work from file://.
     headerSearch: false on pages whose main content is a search form (home, search), so a page has one search box. -->
<#macro page title root siteTitle description="" jsonld="" scripts=[] bodyClass="" headerSearch=true current="">
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
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
    <a class="brand" href="${root}index.html"><svg class="brand-mark" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M5 2.5h9.5L19 7v14.5H5z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/><path d="M14.5 2.5V7H19M8.5 11.5h7M8.5 15h7M8.5 18.5h4.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/></svg><span>${siteTitle}</span></a>
    <nav class="site-nav" aria-label="Main">
      <#-- a hash look-up: Freemarker answers == on strings with a locale's collator, slowly, on every page -->
      <#local here = {current: true}>
      <ul>
        <li><a href="${root}timeline/index.html"<#if here.timeline??> aria-current="page"</#if>>Timeline</a></li>
        <li><a href="${root}people/index.html"<#if here.people??> aria-current="page"</#if>>People</a></li>
        <li><a href="${root}search.html"<#if here.search??> aria-current="page"</#if>>Search</a></li>
        <li><a href="${root}report.html"<#if here.report??> aria-current="page"</#if>>Report</a></li>
        <li><a href="${root}about.html"<#if here.about??> aria-current="page"</#if>>About</a></li>
      </ul>
    </nav>
    <#if headerSearch>
    <form class="search-form site-search" role="search" aria-label="Site search" action="${root}search.html" method="get">
      <label for="site-search" class="visually-hidden">Search the archive</label>
      <input type="search" id="site-search" name="q" placeholder="Search the archive" autocomplete="off" enterkeyhint="search">
      <button type="submit"><svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false"><circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="m12.7 12.7 4.8 4.8" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg><span class="visually-hidden">Search</span></button>
    </form>
    </#if>
  </div>
</header>
<main id="main" class="wrap">
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap footer-row">
    <p><strong>${siteTitle}</strong><br>A static archive built with Dossier. It reads from disk: no server, no network.</p>
    <ul class="footer-links">
      <li><a href="${root}data/manifest-sha256.txt">Fixity manifest (SHA-256)</a></li>
      <li><a href="${root}data/articles.json">Data (JSON)</a> · <a href="${root}data/articles.csv">CSV</a></li>
      <li><a href="${root}feed.xml">Atom feed</a></li>
      <li><a href="${root}report.html">Build report</a></li>
    </ul>
  </div>
</footer>
<script src="${root}js/site.js"></script>
<#list scripts as s><script src="${root}${s}"></script>
</#list>
</body>
</html>
</#macro>

<#-- A list of article links with their dates. -->
<#macro articleList articles showDate=true>
<ol class="article-list">
<#list articles as a>
  <li><#if showDate><@date a/></#if><a href="${a.url}">${a.title}</a></li>
</#list>
</ol>
</#macro>

<#-- Articles in timeline order under a heading per year (level h); undated ones last, as "Undated". -->
<#macro articlesByYear articles h="h3" nav=false>
<#-- First pass: the runs of one year (few; sequences grow only between runs, never per article). -->
<#local runs = []>
<#local key = "none">
<#local n = 0>
<#list articles as a>
  <#local k = (a.iso?length gte 4)?then(a.iso?substring(0, 4), "")>
  <#if k != key>
    <#if n gt 0><#local runs = runs + [{"key": key, "count": n}]></#if>
    <#local key = k>
    <#local n = 0>
  </#if>
  <#local n = n + 1>
</#list>
<#if n gt 0><#local runs = runs + [{"key": key, "count": n}]></#if>
<#-- Each run's heading id: "y-2015", or "y-2015-3" should a year come back in a later run. -->
<#local ids = []>
<#local seen = {}>
<#list runs as r>
  <#local base = "y-" + r.key?has_content?then(r.key, "undated")>
  <#local ids = ids + [(seen[base]??)?then(base + "-" + r?index?c, base)]>
  <#local seen = seen + {base: true}>
</#list>
<#if nav && runs?size gt 1>
<nav class="jump year-jump-inline" aria-label="Jump to year">
  <ul><#list runs as r><li><a href="#${ids[r?index]}">${r.key?has_content?then(r.key, "Undated")}</a> <span class="count">${r.count}</span></li></#list></ul>
</nav>
</#if>
<#local run = -1>
<#local key = "none">
<#list articles as a>
  <#local k = (a.iso?length gte 4)?then(a.iso?substring(0, 4), "")>
  <#if k != key>
    <#if run gte 0></ol>
</div>
</#if>
    <#local run = run + 1>
    <#local key = k>
<div class="year-group">
<${h} class="year-heading" id="${ids[run]}">${k?has_content?then(k, "Undated")} <span class="count">${runs[run].count} article<#if runs[run].count != 1>s</#if></span></${h}>
<ol class="article-list">
  </#if>
  <li><@date a/><a href="${a.url}">${a.title}</a></li>
</#list>
<#if run gte 0></ol>
</div>
</#if>
</#macro>

<#-- A year of the timeline: its months, then the articles known only by year. -->
<#macro yearSection y>
<section class="year" aria-labelledby="${y.anchor}">
  <h2 id="${y.anchor}" class="year-title">${y.year} <span class="count">${y.count} article<#if y.count != 1>s</#if></span></h2>
  <#list y.months as m>
  <section class="month" aria-labelledby="${m.anchor}">
    <h3 id="${m.anchor}">${m.name} ${y.year} <span class="count">${m.count}</span></h3>
    <@articleList articles=m.articles/>
  </section>
  </#list>
  <#if y.approximate?has_content>
  <section class="month approximate" aria-labelledby="${y.anchor}-approx">
    <h3 id="${y.anchor}-approx">Sometime in ${y.year} <span class="badge">year only</span> <span class="count">${y.approximate?size}</span></h3>
    <p class="note">These articles give their year but not the month, so they are filed at the end of ${y.year}.</p>
    <@articleList articles=y.approximate showDate=false/>
  </section>
  </#if>
  <#nested>
</section>
</#macro>

<#-- The articles nothing dates. -->
<#macro undatedSection articles count>
<section class="year undated" aria-labelledby="undated">
  <h2 id="undated" class="year-title">Undated <span class="badge">no date</span> <span class="count">${count} article<#if count != 1>s</#if></span></h2>
  <p class="note">Nothing in these articles says when they were published. A curator can date one in <code>content/corrections/</code>.</p>
  <#nested>
  <#if articles?has_content><@articleList articles=articles showDate=false/></#if>
</section>
</#macro>

<#-- The groups of a list too long for one page (months, years, letters), each linking its pages. -->
<#macro groupList groups noun="article" nouns=noun + "s">
<ol class="group-list">
<#list groups as g>
  <li id="${g.anchor}"><a class="group-name" href="${g.parts[0].url}">${g.name}</a> <span class="count">${g.count} <#if g.count == 1>${noun}<#else>${nouns}</#if></span>
  <#if g.parts?size gt 1>
    <ol class="part-list"><#list g.parts as p><li><a href="${p.url}">${p.label}</a> <span class="count">${p.count}</span></li></#list></ol>
  </#if>
  </li>
</#list>
</ol>
</#macro>

<#-- The pages a long list is cut into. -->
<#macro partList parts noun="article" nouns=noun + "s">
<ol class="group-list"><#list parts as p><li><a href="${p.url}">${p.label}</a> <span class="count">${p.count} <#if p.count == 1>${noun}<#else>${nouns}</#if></span></li></#list></ol>
</#macro>

<#-- Where a page of a split list sits: the pages before and after it, and the page that lists them all. -->
<#macro pager p>
<nav class="pager" aria-label="More pages">
  <ul>
    <#if p.prev??><li class="pager-prev"><a href="${p.prev.url}" rel="prev"><span aria-hidden="true">← </span>${p.prev.label}</a></li></#if>
    <li class="pager-up"><a href="${p.up.url}">${p.up.label}</a></li>
    <#if p.next??><li class="pager-next"><a href="${p.next.url}" rel="next">${p.next.label}<span aria-hidden="true"> →</span></a></li></#if>
  </ul>
</nav>
</#macro>

<#-- The report's table of files. -->
<#macro reportRows rows>
<div class="table-wrap">
<table class="report">
<thead><tr><th scope="col">File</th><th scope="col">Outcome</th><th scope="col">Decoding</th><th scope="col">Removed</th></tr></thead>
<tbody>
<#list rows as r>
<tr class="${r.outcome}">
  <td><#if r.url?has_content><a href="${r.url}">${r.source}</a><#else>${r.source}</#if></td>
  <td>${r.outcome}<#if r.detail?has_content>: ${r.detail}</#if></td>
  <td>${r.decoding}</td>
  <td><#list r.removed as x>${x.count} ${x.kind}<#sep>, </#sep></#list></td>
</tr>
</#list>
</tbody>
</table>
</div>
</#macro>

<#-- The density strip: bars drawn at build time (x, y, height in a viewBox of width x height, 10 units a bin),
     year ticks from the bars' years, a caption with the span and the busiest bin. -->
<#macro bars bars width height label id="density" focusable=true>
<#if bars?has_content>
<#local peak = bars[0]>
<#list bars as b><#if b.height gt peak.height><#local peak = b></#if></#list>
<#local firstWhen = bars[0].when>
<#local lastWhen = bars?last.when>
<#local ticks = []>
<#local prevYear = "">
<#local prevX = -100>
<#list bars as b>
  <#local yr = b.year?c>
  <#if yr != prevYear>
    <#local x0 = (b.month gt 0)?then(b.x - (b.month - 1) * 10, b.x)>
    <#if x0 lt 0><#local x0 = 0></#if>
    <#local yearly = b.month == 0>
    <#if (x0 - prevX) gte 30 && (!yearly || b?is_first || yr?number % 5 == 0)>
      <#local ticks = ticks + [{"x": x0, "label": yr}]>
      <#local prevX = x0>
    </#if>
    <#local prevYear = yr>
  </#if>
</#list>
<#-- Fewer than twelve bins: drawn centred in a twelve-bin-wide frame, so one busy month is a bar, not a block. -->
<#local frame = [width, 120]?max>
<#local shift = ((frame - width) / 2)?floor>
<figure class="density" aria-labelledby="${id}-caption">
  <figcaption id="${id}-caption"><span class="density-title">${label}</span> <span class="density-span">${firstWhen}<#if firstWhen != lastWhen> to ${lastWhen}</#if> · busiest: ${peak.when} (${peak.count} article<#if peak.count != 1>s</#if>)</span></figcaption>
  <div class="density-plot" style="max-width: ${(frame * 4)?c}px">
    <svg class="density-svg" viewBox="0 0 ${frame?c} ${height?c}" preserveAspectRatio="none" focusable="false">
      <line class="baseline" x1="0" x2="${frame?c}" y1="${height?c}" y2="${height?c}" vector-effect="non-scaling-stroke"/>
      <g transform="translate(${shift?c} 0)">
      <#list ticks as t><line class="grid" x1="${t.x?c}" x2="${t.x?c}" y1="0" y2="${height?c}" vector-effect="non-scaling-stroke"/></#list>
      <#list bars as b><a href="${b.href}"<#if !focusable> tabindex="-1"</#if>><title>${b.label}</title><rect class="hit" x="${b.x?c}" y="0" width="10" height="${height?c}"/><rect class="bar<#if b.approximate> approx</#if>" x="${b.x?c}" y="${b.y?c}" width="8" height="${b.height?c}"/></a>
      </#list>
      </g>
    </svg>
    <#if ticks?size gt 1 || (ticks?size == 1 && firstWhen != lastWhen)>
    <div class="density-axis" aria-hidden="true"><#list ticks as t><span style="left: ${((t.x + shift) * 100.0 / frame)?c}%">${t.label}</span></#list></div>
    <#else>
    <div class="density-axis" aria-hidden="true"><span class="center">${firstWhen}</span></div>
    </#if>
  </div>
</figure>
</#if>
</#macro>

<#-- A date people read; machine-readable only when it is a real (possibly partial) date. -->
<#macro date d><#if d.iso?has_content><time datetime="${d.iso}">${d.date}</time><#else><span class="date">${d.date}</span></#if></#macro>
