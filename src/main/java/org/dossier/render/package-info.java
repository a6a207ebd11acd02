/** Renders the site with JBake and Freemarker from the in-memory archive index; only {@link org.dossier.render.JBakeEngine} touches JBake. */
package org.dossier.render;
