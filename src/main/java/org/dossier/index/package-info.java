/** Every cross-article index, computed once in memory: ids, timeline order, previous/next, people, duplicates. */
package org.dossier.index;
