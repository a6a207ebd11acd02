/** Decides each article's title, date and people from the cleaned text and the seed's own evidence, then applies curator corrections. */
package org.dossier.extract;
