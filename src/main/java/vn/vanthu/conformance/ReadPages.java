package vn.vanthu.conformance;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages the checker last read, kept by the SHA-256 of the file's bytes for the anchors of signing: a step
 * checks the version it stores, then the signer signs those very bytes and the văn thư issues the signed ones,
 * and each needs the same layout to place its fields. Pages are immutable and the key is the content, so a
 * remembered answer is never another file's. Only the checker leaves pages here, and it always reads the file
 * itself: a report is evidence of a check of those bytes.
 */
final class ReadPages {

    /** Enough for both chains of a 2-core node between storing a version and signing it. */
    private static final int KEPT = 8;
    private static final Map<String, List<Page>> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Page>> eldest) {
            return size() > KEPT;
        }
    };

    private ReadPages() {
    }

    static void remember(byte[] pdf, List<Page> pages) {
        String key = digest(pdf);
        List<Page> kept = List.copyOf(pages);
        synchronized (RECENT) {
            RECENT.put(key, kept);
        }
    }

    /** The pages the checker read from these bytes, or null. */
    static List<Page> recall(byte[] pdf) {
        String key = digest(pdf);
        synchronized (RECENT) {
            return RECENT.get(key);
        }
    }

    private static String digest(byte[] pdf) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
