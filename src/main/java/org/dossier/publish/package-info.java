/** Writes the site's data files, originals and fixity manifest, and swaps the finished site into place atomically. */
package org.dossier.publish;
