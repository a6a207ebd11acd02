/** Writes each article as a JBake content page (metadata header + safe HTML body) into the generated work folder. */
package org.dossier.write;
