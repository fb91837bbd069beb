package vn.vanthu.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One "vanthu render" child process over many inputs, its RSS sampled while it runs (Linux /proc). */
final class CliBatch {

    /** A progress line of the CLI: documents done, the rate it printed, the child's RSS when it arrived. */
    record Progress(int done, double docsPerSecond, double rssMiB, double atSeconds) {
    }

    /** What one batch run measured. */
    record Result(List<String> jvmFlags, List<Progress> progress, double peakRssMiB, double peakHwmMiB,
            double wallSeconds, int exitCode, long pdfs, int stdoutLines, List<String> otherStderr) {
    }

    private static final Pattern PROGRESS = Pattern.compile("\\] (\\d+)/(\\d+)\\s+([0-9.]+) docs/s");
    private static final long SAMPLE_MILLIS = 100;

    private CliBatch() {
    }

    /** Copies the inputs round-robin under distinct names into {@code dir} until there are {@code count}. */
    static List<Path> copies(List<Path> inputs, int count, Path dir) throws IOException {
        List<Path> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path source = inputs.get(i % inputs.size());
            Path target = dir.resolve(String.format("%04d-%s", i, source.getFileName()));
            out.add(Files.copy(source, target));
        }
        return out;
    }

    /** Runs the CLI's render over {@code files} into {@code outDir} with the given JVM flags and waits for it. */
    static Result run(List<String> jvmFlags, List<Path> files, Path outDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", classPath(), "vn.vanthu.VanthuApplication", "render"));
        files.forEach(f -> command.add(f.toString()));
        command.addAll(List.of("-o", outDir.toString()));

        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        Path status = Path.of("/proc", Long.toString(child.pid()), "status");
        List<Progress> progress = Collections.synchronizedList(new ArrayList<>());
        List<String> other = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger stdoutLines = new AtomicInteger();
        // Both pipes are drained on their own threads, or a full pipe would stall the child and the timing.
        Thread err = drain(child.getErrorStream(), line -> {
            Matcher m = PROGRESS.matcher(line);
            if (m.find()) {
                // read RSS the moment the line arrives, not at the next 100 ms sample
                progress.add(new Progress(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(3)),
                        mib(status, "VmRSS"), (System.nanoTime() - start) / 1e9));
            } else {
                other.add(line);
            }
        });
        Thread out = drain(child.getInputStream(), line -> stdoutLines.incrementAndGet());
        double peakRss = 0;
        double peakHwm = 0;
        while (child.isAlive()) {
            peakRss = Math.max(peakRss, mib(status, "VmRSS"));
            // VmHWM is the kernel's own high-water mark, so a spike between two samples is not missed
            peakHwm = Math.max(peakHwm, mib(status, "VmHWM"));
            child.waitFor(SAMPLE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        int exit = child.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        err.join();
        out.join();
        long pdfs;
        try (Stream<Path> written = Files.list(outDir)) {
            pdfs = written.filter(p -> p.toString().endsWith(".pdf")).count();
        }
        return new Result(jvmFlags, List.copyOf(progress), peakRss, peakHwm, wall, exit, pdfs, stdoutLines.get(),
                List.copyOf(other));
    }

    /**
     * This JVM's class path; under an in-process launcher (exec:java) java.class.path is the launcher's own,
     * so the URLs of the loader that found this class are used instead.
     */
    static String classPath() {
        if (CliBatch.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            return Arrays.stream(loader.getURLs()).map(u -> Path.of(java.net.URI.create(u.toString())).toString())
                    .collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static Thread drain(InputStream in, java.util.function.Consumer<String> onLine) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    onLine.accept(line);
                }
            } catch (IOException e) {
                // the child is gone; whatever it printed has been read
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** A field of a /proc status file in MiB, 0 once the process has gone. */
    private static double mib(Path status, String field) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process exited between isAlive() and the read
        }
        return 0;
    }
}
