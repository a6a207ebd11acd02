package org.dossier.report;

/** The pipeline stage that recorded a {@link Problem}. */
public enum Stage { INGEST, CLEAN, EXTRACT, INDEX, WRITE, RENDER, VERIFY }
