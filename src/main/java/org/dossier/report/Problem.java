package org.dossier.report;

/**
 * A seed that could not be used, or a fault found while building, as data.
 * Printed as {@code <source>: <reason>}, e.g. {@code 900_empty.txt: empty file (0 bytes)}.
 */
public record Problem(String source, Stage stage, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
