package vn.vanthu.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** One measurement: per-process batch times for 1 and N copies, and the page count LibreOffice made. */
    record Result(int copies, int processes, double oneSeconds, double batchSeconds, int pages) {

        /** Documents per second once soffice is up: the extra N-1 copies over the extra time they took. */
        double marginalPerSecond() {
            return processes * (copies - 1) / (batchSeconds - oneSeconds);
        }

        /** Documents per second counting soffice's start-up, as a one-call-per-batch service would see it. */
        double withStartupPerSecond() {
            return processes * copies / batchSeconds;
        }
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

    /** Converts 1 and then {@code copies} copies in each of {@code processes} concurrent soffice processes. */
    Result measure(String name, String fodt, int copies, int processes) throws Exception {
        List<Path> batches = new ArrayList<>();
        List<Path> singles = new ArrayList<>();
        for (int k = 0; k < processes; k++) {
            batches.add(copies(name + "-p" + k + "-batch", fodt, copies));
            singles.add(copies(name + "-p" + k + "-one", fodt, 1));
        }
        // The first start of a fresh profile builds it (seconds); keep that out of both timings.
        convertAll(singles);
        double one = convertAll(singles);
        double batch = convertAll(batches);
        Path pdf = batches.get(0).resolve("out").resolve("copy-000.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new Result(copies, processes, one, batch, doc.getNumberOfPages());
        }
    }

    /** Removes the peer's work directory (inputs, PDFs and the throw-away profiles). */
    static void delete(Path work) throws java.io.IOException {
        if (Files.exists(work)) {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
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

    /** Runs one soffice per directory at the same time; the seconds until the last one finished. */
    private double convertAll(List<Path> dirs) throws Exception {
        long start = System.nanoTime();
        List<Process> running = new ArrayList<>();
        for (int k = 0; k < dirs.size(); k++) {
            Path dir = dirs.get(k);
            List<String> cmd = new ArrayList<>(List.of(soffice,
                    "-env:UserInstallation=" + work.resolve("profile-" + k).toUri(),
                    "--headless", "--norestore", "--convert-to", FILTER, "--outdir", dir.resolve("out").toString()));
            try (var files = Files.list(dir.resolve("in"))) {
                files.sorted().forEach(f -> cmd.add(f.toString()));
            }
            running.add(new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("soffice.log").toFile()).start());
        }
        for (Process p : running) {
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("soffice failed or hung; see " + work);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
