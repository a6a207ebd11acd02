/** Cleans a decoded seed: boilerplate out (each removal recorded), structure in (paragraphs, headings, tweets). */
package org.dossier.clean;
