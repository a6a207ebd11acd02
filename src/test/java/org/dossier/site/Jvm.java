package org.dossier.site;

import org.dossier.Dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real command line in a JVM of its own, started as a user starts it (the launcher may start its own child), for
 * what only a process can show: its locale and its privileges.
 */
final class Jvm {
    private Jvm() {}

    /**
     * @param prefix      a command the JVM runs under (e.g. {@code setpriv ...}), or none
     * @param environment the whole environment of the process, or empty to inherit this one's
     */
    static Sites.Run build(List<String> prefix, Optional<Map<String, String>> environment, Path seeds, Path out)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Dossier.class.getName(),
                "build", "--seeds", seeds.toString(), "--out", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        environment.ifPresent(env -> {
            pb.environment().clear();
            pb.environment().putAll(env);
        });
        Process p = pb.start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the build did not end: " + stderr);
        return new Sites.Run(p.exitValue(), stderr, out);
    }
}
