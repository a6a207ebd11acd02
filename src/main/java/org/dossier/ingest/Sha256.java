package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.InvalidParameterException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.util.HexFormat;

/**
 * SHA-256 as lower-case hex. A full build hashes every seed and every file it writes (400 MB at 10,000 articles), and
 * the build JVM runs C1 only, which has no SHA intrinsic: the JDK's Java code manages 180 MB/s there, the platform's
 * NSS library (through the JDK's own SunPKCS11 provider and the {@code nss.cfg} that Debian's and Red Hat's JDKs ship)
 * 1.6 GB/s. The digests are the same; without NSS the JDK's code is used.
 */
public final class Sha256 {

    private static final String ALGORITHM = "SHA-256";
    private static final Provider PROVIDER = nativeProvider();
    /**
     * One digest per thread, reset before each use: getting one from the provider for each of the 50,000 files of a
     * build of 10,000 articles took a fifth of all the time spent hashing.
     */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

    private Sha256() {}

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String hex(Path file) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Writes through to {@code out} and digests what it writes: a file hashed as it is written is not read back for its
     * digest ({@link #hex(OutputStream)} gives it once the stream is closed).
     */
    public static OutputStream digesting(OutputStream out) {
        return new DigestOutputStream(out, digest());
    }

    /** The SHA-256 of what went through a {@link #digesting} stream. */
    public static String hex(OutputStream digesting) {
        return HexFormat.of().formatHex(((DigestOutputStream) digesting).getMessageDigest().digest());
    }

    /** Where digests come from: "SunPKCS11-NSS" or "SUN". */
    public static String provider() {
        return digest().getProvider().getName();
    }

    private static MessageDigest digest() {
        MessageDigest md = DIGEST.get();
        // a digest left half-fed by a read that failed starts over
        md.reset();
        return md;
    }

    private static MessageDigest newDigest() {
        try {
            return PROVIDER == null ? MessageDigest.getInstance(ALGORITHM) : MessageDigest.getInstance(ALGORITHM, PROVIDER);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** NSS, if this JDK can load it and it gives the right answer; else null. */
    private static Provider nativeProvider() {
        Path cfg = Path.of(System.getProperty("java.home"), "conf", "security", "nss.cfg");
        Provider pkcs11 = Security.getProvider("SunPKCS11");
        if (pkcs11 == null || !Files.isRegularFile(cfg)) return null;
        try {
            Provider nss = pkcs11.configure(cfg.toString());
            byte[] abc = MessageDigest.getInstance(ALGORITHM, nss).digest("abc".getBytes(StandardCharsets.US_ASCII));
            boolean right = HexFormat.of().formatHex(abc).equals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            return right ? nss : null;
        } catch (ProviderException | InvalidParameterException | UnsupportedOperationException | SecurityException
                 | NoSuchAlgorithmException e) {
            return null;
        }
    }
}
