/** Reads seed files: bytes to text, with the decoding recorded, or a reason the file cannot be used; and web archives into seed units, one per captured page. */
package org.dossier.ingest;
