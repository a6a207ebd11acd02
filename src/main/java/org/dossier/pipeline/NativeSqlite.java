package org.dossier.pipeline;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The native library of xerial's SQLite driver, unpacked once into the work folder. Left to itself, the driver unpacks
 * it into the temporary folder on every run: a megabyte inflated, written, inflated again and compared byte by byte
 * with what was written, then deleted as the JVM exits, some 100 ms of CPU on every build. The driver loads a library
 * from the folder its {@code org.sqlite.lib.path} property names, so that is where this one is put, in a folder named
 * by the jar entry's CRC: another driver version unpacks its own. Any failure leaves the driver to do as it does.
 */
final class NativeSqlite {
    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";

    private NativeSqlite() {}

    /**
     * Points the driver at the library in {@code <work>/native}, unpacked there if it is not yet. Nothing when the
     * library path is set already: by the user, or by an earlier build in this JVM, whose library is loaded.
     */
    static void use(Path work) {
        if (System.getProperty(PATH) != null) return;
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            URL url = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
            if (url == null) return;
            URLConnection connection = url.openConnection();
            // The entry's size and CRC come from the jar's directory: nothing is inflated to name or check the copy.
            if (!(connection instanceof JarURLConnection jar)) return;
            ZipEntry entry = jar.getJarEntry();
            Path folder = work.resolve("native");
            Path lib = folder.resolve(Long.toHexString(entry.getCrc())).resolve(name);
            if (!Files.isRegularFile(lib) || Files.size(lib) != entry.getSize()) unpack(url, lib, folder);
            System.setProperty(NAME, name);
            System.setProperty(PATH, lib.getParent().toString());
        } catch (IOException | RuntimeException e) {
            // The driver unpacks its library into the temporary folder, as it always did.
        }
    }

    /** Written beside its place and moved into it, so a build killed meanwhile leaves no half library to load. */
    private static void unpack(URL url, Path lib, Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            // The libraries of other driver versions: this jar never loads them.
            try (Stream<Path> s = Files.walk(folder)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) if (!p.equals(folder)) Files.delete(p);
            }
        }
        Files.createDirectories(lib.getParent());
        Path part = lib.resolveSibling(lib.getFileName() + ".part");
        try (InputStream in = url.openStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
