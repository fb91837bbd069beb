package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Running text cut into pieces for the line breaker. An e-mail address stays whole; a web address from its scheme
 * to the end of its host stays whole ("https://" never ends a line), then each path segment with its "/". A line
 * may break between those pieces. A piece too long for a line, and any word too long in the text around the
 * addresses, is cut by {@link LongWords}.
 */
final class Addresses {

    /** One piece of text; {@code whole} when the layout must not break inside it. */
    record Piece(String text, boolean whole) {
    }

    private static final Pattern ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)[^\\s<>()\\[\\]\"]*[^\\s<>()\\[\\]\".,;:!?'”’]"
                    + "|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    private Addresses() {
    }

    static List<Piece> split(String text) {
        if (text.indexOf('@') < 0 && !text.contains("://") && !text.contains("www.")) {
            // the common case: no address at all
            return List.of(new Piece(LongWords.breakable(text), false));
        }
        List<Piece> pieces = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                pieces.add(new Piece(LongWords.breakable(text.substring(at, m.start())), false));
            }
            address(m.group(), pieces);
            at = m.end();
        }
        if (at < text.length() || pieces.isEmpty()) {
            pieces.add(new Piece(LongWords.breakable(text.substring(at)), false));
        }
        return pieces;
    }

    private static void address(String address, List<Piece> pieces) {
        int scheme = address.indexOf("://");
        int host = address.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (address.length() <= LongWords.WHOLE || host < 0) {
            wholePieces(address, pieces);
            return;
        }
        int from = 0;
        int slash = host;
        while (slash >= 0) {
            wholePieces(address.substring(from, slash + 1), pieces);
            from = slash + 1;
            slash = address.indexOf('/', from);
        }
        if (from < address.length()) {
            wholePieces(address.substring(from), pieces);
        }
    }

    /** The text as whole pieces, cut when too long, with a break allowed before each but the address's first. */
    private static void wholePieces(String text, List<Piece> pieces) {
        boolean first = pieces.isEmpty() || !pieces.get(pieces.size() - 1).whole();
        for (String cut : LongWords.cuts(text)) {
            if (!first) {
                pieces.add(new Piece(String.valueOf(LongWords.BREAK), false));
            }
            pieces.add(new Piece(cut, true));
            first = false;
        }
    }
}
