package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web and e-mail addresses in running text, cut into pieces that must each stay on one line: an e-mail
 * address whole, a web address from its scheme to the end of its host ("https://" never ends a line), then
 * path segments, each ending with its "/". Line breaks can fall only between those pieces.
 */
final class Addresses {

    /** One piece of text; {@code whole} when the layout must not break inside it. */
    record Piece(String text, boolean whole) {
    }

    private static final Pattern ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)[^\\s<>()\\[\\]\"]*[^\\s<>()\\[\\]\".,;:!?'”’]"
                    + "|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** Up to this length an address is kept whole; a longer one may break after a "/" of its path. */
    private static final int WHOLE = 45;

    private Addresses() {
    }

    static List<Piece> split(String text) {
        if (text.indexOf('@') < 0 && !text.contains("://") && !text.contains("www.")) {
            return List.of(new Piece(text, false)); // the common case: no address at all
        }
        List<Piece> pieces = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                pieces.add(new Piece(text.substring(at, m.start()), false));
            }
            address(m.group(), pieces);
            at = m.end();
        }
        if (at < text.length() || pieces.isEmpty()) {
            pieces.add(new Piece(text.substring(at), false));
        }
        return pieces;
    }

    private static void address(String address, List<Piece> pieces) {
        int scheme = address.indexOf("://");
        int host = address.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (address.length() <= WHOLE || host < 0) {
            pieces.add(new Piece(address, true));
            return;
        }
        int from = 0;
        int slash = host;
        while (slash >= 0) {
            pieces.add(new Piece(address.substring(from, slash + 1), true));
            from = slash + 1;
            slash = address.indexOf('/', from);
        }
        if (from < address.length()) {
            pieces.add(new Piece(address.substring(from), true));
        }
    }
}
