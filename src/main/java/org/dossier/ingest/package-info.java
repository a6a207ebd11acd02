/** Reads seed files: bytes to text, with the decoding recorded, or a reason the file cannot be used. */
package org.dossier.ingest;
