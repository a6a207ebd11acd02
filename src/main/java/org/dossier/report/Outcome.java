package org.dossier.report;

import java.util.function.Function;

/** Either a stage's result or the {@link Problem} that stopped it: bad input is data, not null plus a log line. */
public sealed interface Outcome<T> {
    record Ok<T>(T value) implements Outcome<T> {}

    record Failed<T>(Problem problem) implements Outcome<T> {}

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> failed(String source, Stage stage, String reason) {
        return new Failed<>(new Problem(source, stage, reason));
    }

    default <R> Outcome<R> then(Function<T, Outcome<R>> next) {
        if (this instanceof Ok<T> ok) return next.apply(ok.value());
        return new Failed<>(((Failed<T>) this).problem());
    }
}
