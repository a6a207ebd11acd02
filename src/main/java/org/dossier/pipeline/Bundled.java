package org.dossier.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/** The templates, assets and default pages packed into the jar, unpacked into the work folder when the user has no copies of their own. */
final class Bundled {
    private Bundled() {}

    static Path unpack(String name, Path work) throws IOException {
        URL url = Bundled.class.getResource("/dossier/" + name);
        if (url == null) throw new IOException("the jar holds no bundled " + name + "; pass --" + name + " DIR");
        Path target = work.resolve("bundled").resolve(name);
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(fs.provider().getPath(uri), target);
                }
            } else {
                copyTree(Path.of(uri), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        return target;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
