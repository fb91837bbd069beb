package vn.vanthu.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.slf4j.LoggerFactory;

/** What the benchmarks read about the machine and their own process (Linux /proc), and the helpers they share. */
public final class Machine {

    private Machine() {
    }

    /** The 1/5/15-minute load averages: other builds on this shared machine show up here. */
    public static String loadAverage() {
        String[] parts = read("/proc/loadavg").split("\\s+");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "?";
    }

    /** A field of /proc/self/status (VmRSS, VmHWM) in MiB, or -1. */
    public static double processMiB(String field) {
        return kibField("/proc/self/status", field) / 1024.0;
    }

    /**
     * CPU time of a PostgreSQL server: its postmaster and every backend, with the waited-for children's time
     * (exited backends), in ns, from /proc/[pid]/stat; 0 for what is unreadable. The postmaster of the embedded
     * server is not this JVM's child ({@code pg_ctl} detaches it), so the caller names it.
     */
    public static long postgresCpuNanos(long postmaster) {
        var server = ProcessHandle.of(postmaster);
        if (server.isEmpty()) {
            return 0;
        }
        long ticks = java.util.stream.Stream.concat(server.stream(), server.get().children())
                .mapToLong(p -> cpuTicks(p.pid())).sum();
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    private static long cpuTicks(long pid) {
        String stat = read("/proc/" + pid + "/stat");
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return 0;
        }
        // after "pid (comm) ": state is field 3; utime, stime, cutime, cstime are fields 14 to 17
        String[] f = stat.substring(close + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    /** The JIT compiler's time so far in seconds, summed over its threads: much more in a round means still warming. */
    public static double jitSeconds() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3;
    }

    /** Warm enough to measure: the JIT compiled for less than a tenth of a stretch's wall time. */
    public static boolean settled(double jitSeconds, double wallSeconds) {
        return jitSeconds < wallSeconds / 10;
    }

    /** Physical memory in GiB, or a negative number when unknown. */
    public static double ramGiB() {
        return kibField("/proc/meminfo", "MemTotal") / 1024.0 / 1024.0;
    }

    /** Heap in use after asking for full collections, in MiB; repeated because one request may not finish the work. */
    public static double heapAfterGcMiB() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0;
    }

    /** Heap the JVM has committed, in MiB. */
    public static double heapCommittedMiB() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / 1024.0 / 1024.0;
    }

    /** JVM name, version and the flags it was started with. */
    public static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", flags " + ManagementFactory.getRuntimeMXBean().getInputArguments()
                + ", max heap " + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MiB";
    }

    /** FOP logs a line per page at INFO; on the console that would be measured as rendering time. */
    public static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** The page count of a rendered PDF. */
    public static int pages(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new IllegalStateException("the renderer produced an unreadable PDF", e);
        }
    }

    private static long kibField(String file, String field) {
        for (String line : read(file).split("\n")) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
