package org.dossier.config;

/** A usage or configuration error: the CLI maps it to exit code 2. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
