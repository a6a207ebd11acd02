package org.dossier.render;

import org.dossier.config.SiteInfo;
import org.dossier.index.ArchiveIndex;
import org.dossier.index.Dependencies;
import org.dossier.report.BuildReport;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything the render stage needs, computed before it starts.
 *
 * @param articlePages the folder of JBake content pages the write stage produced, one per article id
 * @param curatedPages curated JBake content pages (e.g. about.html) that JBake crawls and renders itself
 * @param renderKey    digest of the code and templates: part of every page's key, so a change to either re-renders all
 * @param dependencies which pages' inputs changed since the last build: the others keep their keys
 */
public record RenderInput(ArchiveIndex index, BuildReport report, SiteInfo site, Optional<String> baseUrl,
                          Path articlePages, Path curatedPages, String renderKey, Dependencies dependencies) {}
