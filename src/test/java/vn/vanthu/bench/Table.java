package vn.vanthu.bench;

import java.util.Locale;

/** The Markdown table the run prints, one row per pipeline, document and thread count. */
final class Table {

    private final StringBuilder out = new StringBuilder("""
            | Document | Pipeline | Threads | PDFs/s | rounds min–max | p50 ms | p99 ms | CPU ms/PDF | thread CPU ms/PDF | PDFs/s ÷ bare FOP | p50 ÷ bare FOP | thread CPU: bare FOP ÷ row | failed |
            |---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
            """);

    /** A measured JVM row; {@code peer} is the bare-FOP cell with the same document and thread count (or null). */
    void row(String doc, String pipeline, int threads, Stats s, Stats peer) {
        String ratio = peer == null ? "—" : f("%.2f", s.perSecond() / peer.perSecond());
        String p50 = peer == null ? "—" : f("%.2f", s.percentileMs(0.5) / peer.percentileMs(0.5));
        String cpu = peer == null ? "—" : f("%.2f", peer.threadCpuMsPerOp() / s.threadCpuMsPerOp());
        out.append(f("| %s | %s | %d | %.1f | %.1f–%.1f | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %d |%n", doc,
                pipeline, threads, s.perSecond(), s.minPerSecond(), s.maxPerSecond(), s.percentileMs(0.5),
                s.percentileMs(0.99), s.cpuMsPerOp(), s.threadCpuMsPerOp(), ratio, p50, cpu, s.failures()));
    }

    /** A LibreOffice row: warm per-document figures, with the start-up-inclusive rate beside the rate. */
    void libreOffice(String doc, LibreOfficePeer.Result r, Stats peer) {
        Stats d = r.perDocument();
        out.append(f("| %s | LibreOffice, %d soffice × %d copies (%d pp) | %d | %.1f | %.1f incl. start-up"
                + " | %.1f | %.1f | — | — | %.2f | %.2f | — | — |%n", doc, r.processes(), r.copies(), r.pages(),
                r.processes(), r.perSecond(), r.withStartupPerSecond(), d.percentileMs(0.5), d.percentileMs(0.99),
                r.perSecond() / peer.perSecond(), d.percentileMs(0.5) / peer.percentileMs(0.5)));
    }

    /** A row saying why a peer is missing. */
    void note(String doc, String pipeline, String why) {
        out.append(f("| %s | %s | — | %s | | | | | | | | | |%n", doc, pipeline, why));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
