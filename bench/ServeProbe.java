import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Times how long a running preview server (dossier serve, hugo server) takes to show a new article: moves the
 * article's file into the watched folder, then asks for the article's page every 20 ms until it answers 200, and
 * prints the seconds between the two (see bench/README.md).
 *
 * <pre>  java bench/ServeProbe.java FILE DEST URL [TIMEOUT_SECONDS]</pre>
 *
 * FILE is moved to DEST in one rename (so the server never sees half a file), and must be on the same file system.
 * Exit 1 when the page does not answer 200 within the timeout (default 600 s).
 */
public class ServeProbe {

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: java bench/ServeProbe.java FILE DEST URL [TIMEOUT_SECONDS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]), dest = Path.of(args[1]);
        URI url = URI.create(args[2]);
        long timeoutNanos = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 600).toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest get = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).build();
        // One request before the clock starts: the client's own start-up is not the server's time, and the page must
        // not be there yet.
        int before = status(http, get);
        if (before == 200) {
            System.err.println("ServeProbe: " + url + " answers 200 before " + dest.getFileName() + " is added");
            System.exit(1);
        }
        long start = System.nanoTime();
        Files.move(file, dest, StandardCopyOption.ATOMIC_MOVE);
        int polls = 0;
        while (System.nanoTime() - start < timeoutNanos) {
            polls++;
            if (status(http, get) == 200) {
                System.out.printf("%.3f%n", (System.nanoTime() - start) / 1e9);
                System.err.println("ServeProbe: " + url + " answered 200 after " + polls + " requests");
                return;
            }
            Thread.sleep(20);
        }
        System.err.println("ServeProbe: " + url + " did not answer 200 within " + timeoutNanos / 1_000_000_000L + " s");
        System.exit(1);
    }

    /** The status of one GET, or 0 when the server does not answer (it may be between two sites). */
    private static int status(HttpClient http, HttpRequest get) throws InterruptedException {
        try {
            return http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
