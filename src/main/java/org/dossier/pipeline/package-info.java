/** The one place that sequences the stages: ingest, clean, extract, index, write, render, publish. */
package org.dossier.pipeline;
