package vn.vanthu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.vanthu.platform.TemporaryDirectories;

/** The LibreOffice rows of the table: one soffice process, then two, per document. */
final class LibreOfficeRows {

    private LibreOfficeRows() {
    }

    /**
     * Converts each document's FO to .fodt once and times LibreOffice on it; {@code bareFop} holds, per
     * document, the bare-FOP cells indexed by thread count (the ratio's denominator).
     */
    static void add(Table table, Map<String, String> fos, Map<String, Stats[]> bareFop, int copies) throws Exception {
        if (copies <= 1) {
            return;
        }
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "vanthu-bench-lo-" + ProcessHandle.current().pid());
        LibreOfficePeer lo = LibreOfficePeer.find(work);
        if (lo != null) {
            System.out.printf("- %s, work dir %s%n", lo.version(), work);
        }
        try {
            for (var doc : fos.entrySet()) {
                if (lo == null) {
                    table.note(doc.getKey(), "LibreOffice", "no soffice on the PATH");
                    continue;
                }
                try {
                    String fodt = Fodt.from(doc.getValue());
                    Files.createDirectories(work);
                    // Kept next to the runs while they last, to look at when a figure seems off.
                    Files.writeString(work.resolve(doc.getKey().replaceAll("\\W+", "_") + ".fodt"), fodt);
                    for (int processes = 1; processes <= 2; processes++) {
                        String name = doc.getKey().substring(0, 3);
                        LibreOfficePeer.Result r = lo.measure(name, fodt, copies, processes);
                        table.libreOffice(doc.getKey(), r, bareFop.get(doc.getKey())[processes]);
                    }
                } catch (Exception e) {
                    table.note(doc.getKey(), "LibreOffice", "failed: " + e.getMessage());
                }
            }
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                TemporaryDirectories.delete(work);
            }
        }
    }
}
