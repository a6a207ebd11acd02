package org.dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.config.Config;
import org.dossier.report.Problem;
import org.dossier.report.Stage;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Web archives in the seeds folder ({@code .warc}, {@code .warc.gz}, {@code .wacz}) as seed units. Reading an archive
 * ({@link #scan}) streams it record by record, as written by wget, Heritrix, Browsertrix or Webrecorder: each HTML
 * response with status 200 is a page, its payload decoded as HTTP says (chunked, gzip) and kept in the work folder
 * under its SHA-256, one at a time in memory; redirects, revisits and everything that is not a page are noted with
 * why. A record that cannot be read is reported with its byte offset and reading goes on at the next record that can.
 * A WARC file that has only grown since its last scan (a crawler appending captures) is read from where that scan
 * ended. Joining the archives ({@link #units}) resolves revisits and redirects across them and keeps the latest
 * capture of each URL; the other captures become its duplicates.
 *
 * <pre>{@code
 * WebArchive.Scan scan = WebArchive.scan("crawl.warc.gz", seeds.resolve("crawl.warc.gz"), work.resolve("captures"), Optional.empty());
 * WebArchive.Units units = WebArchive.units(Map.of("crawl.warc.gz", scan), work.resolve("captures"));
 * }</pre>
 */
public final class WebArchive {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GZIP_MAGIC = {0x1F, (byte) 0x8B, 0x08};
    /** The content encodings jwarc decodes for us (brotli with org.brotli:dec on the class path). */
    private static final Set<String> DECODED = Set.of("identity", "", "gzip", "x-gzip", "deflate", "br");
    /**
     * How many bytes at the start of a WARC, and before the end of its last complete record, tell an appended file
     * from a rewritten one: a rewrite changes its first record (wget's and Heritrix's warcinfo holds the time and a
     * fresh record id), or the records just before the old end, well within this.
     */
    private static final int WINDOW = 64 * 1024;

    private WebArchive() {}

    /** What a record of interest is. */
    public enum Kind { PAGE, REVISIT, REDIRECT, SKIPPED }

    /**
     * One capture as read from an archive: flat, so that a build can keep an archive's scan and not read it again.
     *
     * @param offset        where its record starts in the archive (in a WACZ, in the WARC named in {@code detail}'s
     *                      reports)
     * @param id            its WARC-Record-ID
     * @param payloadDigest its WARC-Payload-Digest as written ({@code sha1:H7HJ...}), or ""
     * @param sha256        a page's payload digest, the name of its copy in the work folder; "" for the others
     * @param refersTo      a revisit's WARC-Refers-To, or ""
     * @param detail        a redirect's target URL, a revisit's WARC-Refers-To-Target-URI, or why it was skipped
     * @param charset       the charset a page's or a revisit's HTTP Content-Type names, as written, or ""
     */
    public record Entry(Kind kind, String url, String captured, long offset, String id, String payloadDigest,
                        String sha256, long size, String refersTo, String detail, String charset) {}

    /**
     * @param damage  each run of records that could not be read, with its byte offset
     * @param meant   the URLs a WACZ's {@code pages/pages.jsonl} names, when it has that list
     * @param tail    where the read of a WARC file ended, to go on from there should the file only grow
     * @param records how many records the read that made this scan went through (when it went on from an earlier
     *                scan's end, only those after it)
     */
    public record Scan(List<Entry> entries, List<Problem> damage, Optional<List<String>> meant, Optional<Tail> tail, int records) {
        /** The payload files its pages were kept under, to tell whether the work folder still has them all. */
        public Set<String> payloads() {
            Set<String> out = new HashSet<>();
            entries.forEach(e -> { if (e.kind() == Kind.PAGE) out.add(e.sha256()); });
            return out;
        }
    }

    /**
     * Where a read of a WARC file ended.
     *
     * @param length the file's length after it was read
     * @param end    the end of its last complete record, a gzip member boundary in a {@code .warc.gz}: a record cut
     *               off after it (the file was still being written) is read whole the next time
     * @param head   the SHA-256 of the file's first bytes (up to {@link #WINDOW} of them, not past {@code end})
     * @param before the SHA-256 of the {@link #WINDOW} bytes before {@code end} (or of all, when there are fewer)
     * @param damage how many of the scan's damage reports lie before {@code end} (a record cut off at the end does not)
     */
    public record Tail(long length, long end, String head, String before, int damage) {}

    /**
     * @param skipped  captures that are not articles, each with why
     * @param earlier  captures of a URL captured again later, each with the source of the latest one
     */
    public record Units(List<SeedUnit> units, List<Problem> skipped, List<Earlier> earlier) {}

    public record Earlier(String source, String latest, String captured) {}

    /**
     * How much of the web archives a build read.
     *
     * @param archives the archives read (the others were as the last build left them)
     * @param records  the records read in them: in an archive read from where its last read ended, the new ones only
     */
    public record Reads(int archives, long records) {}

    /** Whether the seed is a web archive, by its name. */
    public static boolean is(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return s.endsWith(".warc") || s.endsWith(".warc.gz") || s.endsWith(".wacz");
    }

    /**
     * Reads one archive, never more than one payload at a time in memory. A WARC file that is longer than at the
     * earlier scan, and has the same first bytes and the same bytes before that scan's end, had records appended: it
     * is read from that end only, and the earlier scan's captures before it are kept.
     *
     * @param source   the archive's name relative to the seeds folder
     * @param payloads the folder where pages' payloads are kept, each under its SHA-256 (those of {@code earlier}'s
     *                 pages still there)
     * @param earlier  the archive's scan by an earlier build, if any
     */
    public static Scan scan(String source, Path file, Path payloads, Optional<Scan> earlier) {
        Reading r = new Reading(source, payloads);
        Tail tail = null;
        try {
            Files.createDirectories(payloads);
            if (source.toLowerCase(Locale.ROOT).endsWith(".wacz")) {
                r.wacz(file);
            } else {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                    Optional<Tail> appended = earlier.flatMap(Scan::tail).filter(t -> appended(ch, t));
                    if (appended.isPresent()) {
                        r.resume(earlier.get(), appended.get());
                        ch.position(appended.get().end());
                    }
                    r.warc(ch, "");
                    tail = new Tail(ch.size(), r.end, digest(ch, 0, Math.min(WINDOW, r.end)), digest(ch, Math.max(0, r.end - WINDOW), r.end),
                            r.damageBeforeEnd);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            r.damage.add(new Problem(source, Stage.INGEST, "cannot be read as a web archive (" + why(e) + ")"));
        }
        return new Scan(List.copyOf(r.entries), List.copyOf(r.damage), Optional.ofNullable(r.meant).map(m -> m.stream().sorted().toList()),
                Optional.ofNullable(tail), r.records);
    }

    /** Whether the file is the one the tail was taken from with records appended: longer, and the same where it is checked. */
    private static boolean appended(FileChannel file, Tail tail) {
        try {
            return file.size() > tail.length() && digest(file, 0, Math.min(WINDOW, tail.end())).equals(tail.head())
                    && digest(file, Math.max(0, tail.end() - WINDOW), tail.end()).equals(tail.before());
        } catch (IOException e) {
            return false;
        }
    }

    /** The SHA-256 of the file's bytes from {@code from} up to {@code to}, read where they are. */
    private static String digest(FileChannel file, long from, long to) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) (to - from));
        while (buf.hasRemaining()) {
            if (file.read(buf, from + buf.position()) < 0) throw new java.io.EOFException("the archive is shorter than it was a moment ago");
        }
        return Sha256.hex(buf.array());
    }

    /**
     * The pages of all the archives as seed units: revisits take the payload of the capture they refer to, in any of
     * the archives; a redirect is followed to the capture of its target; of the captures of one URL the latest is the
     * unit (WARC-Date, then archive name, then offset), and the others its duplicates.
     *
     * @param scans each archive's scan, by its name
     */
    public static Units units(Map<String, Scan> scans, Path payloads) {
        record Candidate(String archive, Entry entry, String sha256, long size) {}
        Map<String, Entry> byId = new HashMap<>(), byDigest = new HashMap<>();
        scans.forEach((archive, scan) -> scan.entries().forEach(e -> {
            if (e.kind() != Kind.PAGE) return;
            byId.putIfAbsent(e.id(), e);
            if (!e.payloadDigest().isEmpty()) byDigest.putIfAbsent(e.payloadDigest(), e);
        }));
        List<Problem> skipped = new ArrayList<>();
        Map<String, List<Candidate>> byUrl = new LinkedHashMap<>();
        List<Map.Entry<String, Entry>> redirects = new ArrayList<>();
        scans.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(s -> {
            String archive = s.getKey();
            Optional<Set<String>> meant = s.getValue().meant().map(m -> meant(m, s.getValue().entries()));
            for (Entry e : s.getValue().entries()) {
                String source = archive + "#" + e.url();
                if (meant.isPresent() && !meant.get().contains(e.url()) && (e.kind() == Kind.PAGE || e.kind() == Kind.REVISIT)) {
                    skipped.add(new Problem(source, Stage.INGEST, "not among the pages the WACZ's pages/pages.jsonl names"));
                    continue;
                }
                switch (e.kind()) {
                    case PAGE -> byUrl.computeIfAbsent(e.url(), k -> new ArrayList<>()).add(new Candidate(archive, e, e.sha256(), e.size()));
                    case REVISIT -> {
                        Entry original = Optional.ofNullable(byId.get(e.refersTo())).orElse(byDigest.get(e.payloadDigest()));
                        if (original == null) {
                            skipped.add(new Problem(source, Stage.INGEST, "revisit of a capture that no archive in the seeds holds"
                                    + (e.refersTo().isEmpty() ? "" : " (it refers to " + e.refersTo() + ")")));
                        } else {
                            byUrl.computeIfAbsent(e.url(), k -> new ArrayList<>()).add(new Candidate(archive, e, original.sha256(), original.size()));
                        }
                    }
                    case REDIRECT -> redirects.add(Map.entry(source, e));
                    case SKIPPED -> skipped.add(new Problem(source, Stage.INGEST, e.detail()));
                }
            }
        });
        for (Map.Entry<String, Entry> r : redirects) {
            String target = r.getValue().detail();
            skipped.add(new Problem(r.getKey(), Stage.INGEST, byUrl.containsKey(target)
                    ? "redirect to " + target + ", whose capture is read instead"
                    : "redirect to " + target + ", which no archive in the seeds captured"));
        }
        List<SeedUnit> units = new ArrayList<>();
        List<Earlier> earlier = new ArrayList<>();
        Comparator<Candidate> order = Comparator.comparing((Candidate c) -> c.entry().captured())
                .thenComparing(Candidate::archive).thenComparingLong(c -> c.entry().offset());
        byUrl.forEach((url, captures) -> {
            List<Candidate> sorted = captures.stream().sorted(order).toList();
            Candidate latest = sorted.get(sorted.size() - 1);
            String source = latest.archive() + "#" + url;
            List<String> others = new ArrayList<>();
            for (Candidate c : sorted.subList(0, sorted.size() - 1)) {
                // Two captures of one URL in one archive are told apart by where their records start.
                String name = c.archive() + "#" + url + " (captured " + c.entry().captured() + ", record at byte " + c.entry().offset() + ")";
                others.add(name);
                earlier.add(new Earlier(name, source, c.entry().captured()));
            }
            Path payload = payloads.resolve(latest.sha256());
            units.add(new SeedUnit(source, payload, Optional.of(new Capture(latest.archive(), url, latest.entry().captured(), others,
                    Optional.of(latest.entry().charset()).filter(c -> !c.isEmpty()))), FileStamp.settled(payload)));
        });
        units.sort(Comparator.comparing(SeedUnit::source));
        return new Units(List.copyOf(units), List.copyOf(skipped), List.copyOf(earlier));
    }

    /** The pages a WACZ names, and where those of them that were redirected led. */
    private static Set<String> meant(List<String> pages, List<Entry> entries) {
        Set<String> meant = new HashSet<>(pages);
        for (boolean more = true; more; ) {
            more = false;
            for (Entry e : entries) {
                if (e.kind() == Kind.REDIRECT && meant.contains(e.url())) more |= meant.add(e.detail());
            }
        }
        return meant;
    }

    /** One archive being read: what it yields so far. */
    private static final class Reading {
        final String source;
        final Path payloads;
        final List<Entry> entries = new ArrayList<>();
        final List<Problem> damage = new ArrayList<>();
        /** The URLs a WACZ's pages.jsonl names; null when there is no such list. */
        Set<String> meant;
        /** Records read; the end of the last complete one (in a WARC file), and how many damage reports lie before it. */
        int records;
        long end;
        int damageBeforeEnd;

        Reading(String source, Path payloads) {
            this.source = source;
            this.payloads = payloads;
        }

        /** A WACZ (1.1.1): a zip of WARCs under {@code archive/}, and the pages meant in {@code pages/pages.jsonl}. */
        void wacz(Path file) throws IOException {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry pages = zip.getEntry("pages/pages.jsonl");
                if (pages != null) meant = pages(zip, pages);
                List<? extends ZipEntry> warcs = zip.stream()
                        .filter(z -> !z.isDirectory() && z.getName().startsWith("archive/") && is(z.getName()))
                        .sorted(Comparator.comparing(ZipEntry::getName)).toList();
                if (warcs.isEmpty()) damage.add(new Problem(source, Stage.INGEST, "a WACZ with no WARC under archive/ (nothing to read)"));
                for (ZipEntry z : warcs) {
                    try (InputStream in = zip.getInputStream(z)) {
                        warc(Channels.newChannel(in), " in " + z.getName());
                    }
                }
            } catch (ZipException e) {
                damage.add(new Problem(source, Stage.INGEST, "not a readable WACZ (" + why(e) + ")"));
            }
        }

        private Set<String> pages(ZipFile zip, ZipEntry pages) throws IOException {
            Set<String> urls = new HashSet<>();
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(zip.getInputStream(pages), StandardCharsets.UTF_8))) {
                int n = 0;
                for (String line; (line = lines.readLine()) != null; ) {
                    n++;
                    if (line.isBlank()) continue;
                    try {
                        JsonNode page = JSON.readTree(line);
                        if (page.hasNonNull("url")) urls.add(page.get("url").asText());
                    } catch (IOException e) {
                        damage.add(new Problem(source, Stage.INGEST, "pages/pages.jsonl line " + n + " is not JSON; left out"));
                    }
                }
            }
            return urls;
        }

        /** Takes what the earlier scan found before its end, and goes on reading there. */
        void resume(Scan earlier, Tail tail) {
            earlier.entries().stream().filter(e -> e.offset() < tail.end()).forEach(entries::add);
            damage.addAll(earlier.damage().subList(0, tail.damage()));
        }

        /**
         * Reads the records of one WARC, from where the channel is. Where a record cannot be read, a file is searched
         * for the next record (a WARC header, or a gzip member) and reading goes on there; a stream inside a WACZ stops
         * at the damage.
         */
        void warc(ReadableByteChannel channel, String where) throws IOException {
            WarcReader reader = new WarcReader(channel);
            // Where the damage is: a record that was read but whose body could not be, or the place after the last
            // good record where no next one could be found (jwarc knows where a record starts, not where it ends).
            String damagedAt = null;
            String why = "";
            long last = -1;
            // The end of the last complete record before the damage being passed over, if it goes on to the end.
            long endBeforeDamage = 0;
            while (true) {
                long at = last;
                boolean started = false;
                try {
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) {
                        end = reader.position();
                        break;
                    }
                    records++;
                    WarcRecord record = next.get();
                    at = record.position();
                    started = true;
                    if (damagedAt != null) {
                        damage.add(damaged(where, damagedAt, why, at));
                        damagedAt = null;
                    }
                    read(record);
                    record.body().consume();
                    last = at;
                } catch (IOException | RuntimeException e) {
                    if (damagedAt == null) {
                        damagedAt = started || at < 0 ? String.format(Locale.ROOT, "at byte %,d", Math.max(at, 0))
                                : String.format(Locale.ROOT, "after the record at byte %,d", at);
                        why = why(e);
                        // The reader is at the start of the record that failed, or of the one before whose end failed.
                        endBeforeDamage = reader.position();
                    }
                    if (!(channel instanceof FileChannel file)) break;
                    // Past both the damage and the place the last search found, so a false start is not found again.
                    long resume = resync(file, Math.max(at, last) + 1);
                    if (resume < 0) break;
                    file.position(resume);
                    reader = new WarcReader(file);
                    last = resume;
                }
            }
            damageBeforeEnd = damage.size();
            if (damagedAt != null) {
                damage.add(damaged(where, damagedAt, why, -1));
                end = endBeforeDamage;
            }
        }

        private Problem damaged(String where, String at, String why, long resumed) {
            return new Problem(source, Stage.INGEST, String.format(Locale.ROOT, "damaged%s %s (%s): %s; every other record was read",
                    where, at, why, resumed < 0 ? "nothing after it could be read" : String.format(Locale.ROOT, "reading went on at byte %,d", resumed)));
        }

        private void read(WarcRecord record) throws IOException {
            if (!(record instanceof WarcCaptureRecord capture)) return;
            String url = capture.target();
            if (!url.startsWith("http://") && !url.startsWith("https://")) return;
            String captured = record.date().toString();
            String id = record.id().toString();
            String digest = capture.payloadDigest().map(d -> d.raw()).orElse("");
            if (record instanceof WarcResponse response) {
                HttpResponse http = response.http();
                Optional<String> not = notAPage(url, http);
                if (not.isPresent()) {
                    Optional<String> location = redirect(url, http);
                    entries.add(location.isPresent()
                            ? new Entry(Kind.REDIRECT, url, captured, record.position(), id, digest, "", 0, "", location.get(), "")
                            : skipped(url, captured, record, not.get()));
                    return;
                }
                page(url, captured, record, id, digest, http.bodyDecoded().stream(), charset(http));
            } else if (record instanceof WarcRevisit revisit) {
                Optional<String> not = notAPage(url, revisit.http());
                if (not.isPresent()) {
                    entries.add(skipped(url, captured, record, not.get()));
                    return;
                }
                entries.add(new Entry(Kind.REVISIT, url, captured, record.position(), id, digest, "", 0,
                        revisit.refersTo().map(URI::toString).orElse(""), revisit.refersToTargetURI().map(URI::toString).orElse(""),
                        charset(revisit.http())));
            } else if (record instanceof WarcResource resource) {
                MediaType type = resource.contentType().base();
                if (!html(type)) entries.add(skipped(url, captured, record, "not HTML (" + type + ")"));
                else page(url, captured, record, id, digest, resource.body().stream(), charset(resource.contentType()));
            }
        }

        /** Keeps the payload under its SHA-256, unless it is over the size limit for a seed. */
        private void page(String url, String captured, WarcRecord record, String id, String digest, InputStream body, String charset)
                throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
            byte[] chunk = new byte[16384];
            for (int n; (n = body.read(chunk)) > 0; ) {
                out.write(chunk, 0, n);
                if (out.size() > Config.MAX_SEED_BYTES) {
                    entries.add(skipped(url, captured, record, String.format(Locale.ROOT,
                            "page too large (over %,d bytes, the limit for a seed)", Config.MAX_SEED_BYTES)));
                    return;
                }
            }
            byte[] bytes = out.toByteArray();
            String sha = Sha256.hex(bytes);
            Path kept = payloads.resolve(sha);
            if (!Files.isRegularFile(kept)) {
                Path tmp = Files.createTempFile(payloads, ".payload", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            entries.add(new Entry(Kind.PAGE, url, captured, record.position(), id, digest, sha, bytes.length, "", "", charset));
        }

        private Entry skipped(String url, String captured, WarcRecord record, String why) {
            return new Entry(Kind.SKIPPED, url, captured, record.position(), record.id().toString(), "", "", 0, "", why, "");
        }
    }

    /** Why a response is no page, or empty for an HTML page served with status 200. */
    private static Optional<String> notAPage(String url, HttpResponse http) {
        int status = http.status();
        if (status != 200) return Optional.of("HTTP " + status + " response, not a page");
        Optional<String> declared = http.headers().first("Content-Type");
        if (declared.isEmpty()) return Optional.of("no Content-Type, so not known to be HTML");
        MediaType type = MediaType.parseLeniently(declared.get()).base();
        if (!html(type)) return Optional.of("not HTML (" + type + ")");
        String encoding = http.headers().first("Content-Encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
        // Any other encoding (zstd, or several at once) would read as a damaged record, which it is not.
        if (!DECODED.contains(encoding)) return Optional.of("an HTML page in the '" + encoding + "' content encoding, which cannot be decoded here");
        return Optional.empty();
    }

    /** The charset the response's Content-Type names, as written, or "". */
    private static String charset(HttpResponse http) {
        return http.headers().first("Content-Type").map(t -> charset(MediaType.parseLeniently(t))).orElse("");
    }

    private static String charset(MediaType type) {
        return type.parameters().entrySet().stream().filter(p -> p.getKey().equalsIgnoreCase("charset"))
                .map(p -> p.getValue().trim()).findFirst().orElse("");
    }

    private static boolean html(MediaType type) {
        return type.equals(MediaType.HTML) || type.equals(MediaType.XHTML);
    }

    /** Where a redirect leads, made absolute against the page's URL. */
    private static Optional<String> redirect(String url, HttpResponse http) {
        int status = http.status();
        if (status < 300 || status > 399) return Optional.empty();
        return http.headers().first("Location").flatMap(l -> {
            try {
                return Optional.of(new URI(url).resolve(l.trim()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** The offset of the next WARC header or gzip member after {@code from}, or -1. */
    private static long resync(FileChannel file, long from) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long base = from;
        int keep = WARC_MAGIC.length - 1;
        while (true) {
            buf.clear();
            int n = file.read(buf, base);
            if (n <= 0) return -1;
            byte[] b = buf.array();
            for (int i = 0; i < n; i++) {
                if (starts(b, i, n, WARC_MAGIC) || starts(b, i, n, GZIP_MAGIC)) return base + i;
            }
            if (n <= keep) return -1;
            base += n - keep;
        }
    }

    private static boolean starts(byte[] b, int at, int n, byte[] magic) {
        if (at + magic.length > n) return false;
        for (int i = 0; i < magic.length; i++) if (b[at + i] != magic[i]) return false;
        return true;
    }

    private static String why(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        String m = t.getMessage();
        if (m == null || m.isBlank()) return t.getClass().getSimpleName();
        // The parser quotes the bytes it stopped at: kept short, and no control character reaches a terminal.
        String one = m.replaceAll("[\\s\\p{Cntrl}]+", " ").trim();
        return one.length() > 120 ? one.substring(0, 120) + "..." : one;
    }
}
