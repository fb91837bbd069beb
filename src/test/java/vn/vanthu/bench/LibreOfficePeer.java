package vn.vanthu.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The third peer: LibreOffice headless converting N copies of an equivalent .fodt in one soffice call per
 * process, each process with its own throw-away profile so it cannot hand the job to someone else's instance.
 */
final class LibreOfficePeer {

    // PDF/A-2b like the other rows; LibreOffice 7.4+ takes filter options as JSON after the filter name.
    static final String FILTER = "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"}}";

    /**
     * One measurement: documents per second inside warm soffice processes (summed over processes), per-document
     * times, the rate counting start-up, and the page count LibreOffice made.
     */
    record Result(int copies, int processes, double perSecond, Stats perDocument, double withStartupPerSecond,
            int pages) {
    }

    private final String soffice;
    private final Path work;

    private LibreOfficePeer(String soffice, Path work) {
        this.soffice = soffice;
        this.work = work;
    }

    /** The peer, or null when no soffice is on the PATH. */
    static LibreOfficePeer find(Path work) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, "soffice");
            if (candidate.canExecute()) {
                return new LibreOfficePeer(candidate.getPath(), work);
            }
        }
        return null;
    }

    /** The `soffice --version` line. */
    String version() throws Exception {
        Process p = new ProcessBuilder(soffice, "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        return out;
    }

    /**
     * Converts {@code copies} copies in each of {@code processes} concurrent soffice processes. soffice prints a
     * "convert" line per document as it goes; the gaps between those lines time each document with start-up
     * and shut-down left out.
     */
    Result measure(String name, String fodt, int copies, int processes) throws Exception {
        List<Path> batches = new ArrayList<>();
        for (int k = 0; k < processes; k++) {
            batches.add(copies(name + "-p" + k + "-batch", fodt, copies));
        }
        // The first start of a fresh profile builds it (seconds); keep that out of the timing.
        convertAll(List.of(copies(name + "-warm", fodt, 1)));
        long start = System.nanoTime();
        List<long[]> lines = convertAll(batches);
        double wall = (System.nanoTime() - start) / 1e9;
        double perSecond = 0;
        Stats perDocument = new Stats();
        for (long[] at : lines) {
            long[] gaps = new long[at.length - 1];
            for (int i = 1; i < at.length; i++) {
                gaps[i - 1] = at[i] - at[i - 1];
            }
            perSecond += gaps.length * 1e9 / (at[at.length - 1] - at[0]);
            perDocument.add(gaps.length, at[at.length - 1] - at[0], 0, gaps);
        }
        Path pdf = batches.get(0).resolve("out").resolve("copy-000.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new Result(copies, processes, perSecond, perDocument, processes * copies / wall,
                    doc.getNumberOfPages());
        }
    }

    private Path copies(String name, String fodt, int n) throws Exception {
        Path dir = Files.createDirectories(work.resolve(name));
        Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve("in").resolve(String.format("copy-%03d.fodt", i)), fodt);
        }
        return dir;
    }

    /** Runs one soffice per directory at the same time; per process, when each "convert" line appeared. */
    private List<long[]> convertAll(List<Path> dirs) throws Exception {
        List<Process> running = new ArrayList<>();
        List<Future<long[]>> stamps = new ArrayList<>();
        ExecutorService readers = Executors.newCachedThreadPool();
        try {
            for (int k = 0; k < dirs.size(); k++) {
                Path dir = dirs.get(k);
                List<String> cmd = new ArrayList<>(List.of(soffice,
                        "-env:UserInstallation=" + work.resolve("profile-" + k).toUri(), "--headless", "--norestore",
                        "--convert-to", FILTER, "--outdir", dir.resolve("out").toString()));
                try (var files = Files.list(dir.resolve("in"))) {
                    files.sorted().forEach(f -> cmd.add(f.toString()));
                }
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                running.add(p);
                stamps.add(readers.submit(() -> stamp(p)));
            }
            List<long[]> out = new ArrayList<>();
            for (int k = 0; k < running.size(); k++) {
                Process p = running.get(k);
                if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    throw new IllegalStateException("soffice failed or hung in " + dirs.get(k));
                }
                out.add(stamps.get(k).get());
            }
            return out;
        } finally {
            readers.shutdownNow();
        }
    }

    private static long[] stamp(Process p) throws java.io.IOException {
        List<Long> at = new ArrayList<>();
        try (var lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("convert ")) {
                    at.add(System.nanoTime());
                }
            }
        }
        return at.stream().mapToLong(Long::longValue).toArray();
    }
}
