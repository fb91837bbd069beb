package vn.vanthu.document;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the coded values of the input (style, mode, marks, type, authority prefixes) leniently. */
final class Codes {

    // TM./KT./TL./TUQ./Q. as the decree writes them, or T/M, K/T, T/L as the Party does; "KT.GIÁM ĐỐC"
    // without a space is common in real documents. The dot may be left out before a space, except for Q,
    // whose bare letter could start a title.
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(TUQ|TM|KT|TL|Q)\\.|(TUQ|TM|KT|TL)(?=\\s)|(T/M|K/T|T/L)\\.?)\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    private Codes() {
    }

    /** Lower case, no diacritics, words joined by "-": "Hoả tốc" and "HỎA TỐC" both give "hoa-toc". */
    static String slug(String text) {
        String plain = Normalizer.normalize(text.strip().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    static Optional<Style> style(String text) {
        return switch (slug(text)) {
            case "nd30", "nd-30", "nghi-dinh-30" -> Optional.of(Style.ND30);
            case "party", "dang" -> Optional.of(Style.PARTY);
            default -> Optional.empty();
        };
    }

    static Optional<Mode> mode(String text) {
        return switch (slug(text)) {
            case "draft", "du-thao" -> Optional.of(Mode.DRAFT);
            case "for-signature", "trinh-ky", "ban-trinh-ky" -> Optional.of(Mode.FOR_SIGNATURE);
            case "final", "chinh-thuc" -> Optional.of(Mode.FINAL);
            default -> Optional.empty();
        };
    }

    static Optional<Marks.Urgency> urgency(String text) {
        String wanted = slug(text);
        return Arrays.stream(Marks.Urgency.values())
                .filter(u -> wanted.equals(slug(u.name())) || wanted.equals(slug(u.text())))
                .findFirst();
    }

    static Optional<Marks.Secrecy> secrecy(String text) {
        String wanted = slug(text);
        return Arrays.stream(Marks.Secrecy.values())
                .filter(s -> wanted.equals(slug(s.name())) || wanted.equals(slug(s.text())))
                .findFirst();
    }

    static Optional<CopyForm.Kind> copyKind(String text) {
        String wanted = slug(text);
        return Arrays.stream(CopyForm.Kind.values())
                .filter(k -> wanted.equals(k.code()) || wanted.equals(slug(k.text()))
                        || wanted.equals(slug(k.abbreviation())))
                .findFirst();
    }

    /** By code, name, abbreviation or Vietnamese name, then without diacritics ("Ke hoach"). */
    static Optional<DocumentType> type(String text) {
        Optional<DocumentType> exact = DocumentType.lookup(text);
        if (exact.isPresent()) {
            return exact;
        }
        String wanted = slug(text);
        return Arrays.stream(DocumentType.values())
                .filter(t -> wanted.equals(t.code()) || wanted.equals(slug(t.displayName())))
                .findFirst();
    }

    /** "KT. GIÁM ĐỐC" → KT + "GIÁM ĐỐC"; a line without a prefix keeps its whole text as the title. */
    static Authority authority(String line) {
        Matcher m = PREFIX.matcher(line.strip());
        if (!m.matches()) {
            return new Authority(Authority.Prefix.NONE, line.strip());
        }
        String code = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        Authority.Prefix prefix = Authority.Prefix.valueOf(code.replace("/", "").toUpperCase(Locale.ROOT));
        String title = m.group(4).strip();
        return new Authority(prefix, title.isEmpty() ? null : title);
    }
}
