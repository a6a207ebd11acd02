package org.dossier.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dossier serve} checks its port before it builds anything. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void portInUseIsAUsageErrorBeforeAnySiteIsBuilt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Sites.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> Sites.command("serve", Sites.SEEDS, dir.resolve("site"), "--port", Integer.toString(port)));
            assertEquals(2, r.exit(), r.stderr());
            assertTrue(r.stderr().contains("cannot listen on 127.0.0.1:" + port), r.stderr());
            assertTrue(r.stderr().contains("--port"), r.stderr());
            assertFalse(Files.exists(dir.resolve("site")), "a site was built");
        }
    }

    @Test
    void portOutOfRangeIsAUsageErrorBeforeAnySiteIsBuilt() {
        for (String port : new String[] {"65536", "-1", "100000"}) {
            Sites.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Sites.command("serve", Sites.SEEDS, dir.resolve("site"), "--port", port));
            assertEquals(2, r.exit(), r.stderr());
            assertTrue(r.stderr().contains("--port " + port + ": out of range"), r.stderr());
            assertFalse(Files.exists(dir.resolve("site")), "a site was built");
        }
    }
}
