package org.dossier.ingest;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whichever provider hashes, the digests are the JDK's own SHA-256, of byte arrays and of files alike. */
class Sha256Test {

    @Property(tries = 500)
    void digestsOfBytesAreTheJdksDigests(@ForAll @Size(max = 3000) byte[] bytes) throws GeneralSecurityException {
        assertEquals(jdk(bytes), Sha256.hex(bytes), () -> "provider " + Sha256.provider());
    }

    @Test
    void digestsOfFilesAreTheJdksDigestsAcrossReadBuffers(@TempDir Path dir) throws IOException, GeneralSecurityException {
        Random random = new Random(5);
        for (int size : new int[] {0, 1, 55, 56, 64, 65_535, 65_536, 65_537, 1_000_003}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path f = Files.write(dir.resolve("f" + size), bytes);
            assertEquals(jdk(bytes), Sha256.hex(f), () -> size + " bytes, provider " + Sha256.provider());
        }
    }

    private static String jdk(byte[] bytes) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256", "SUN").digest(bytes));
    }
}
