/** A local preview: serves the built site on loopback and rebuilds it when seeds, content or templates change. */
package org.dossier.serve;
