package vn.vanthu.signing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whether two revisions of a PDF hold the same pages, value for value: the page tree with everything it
 * reaches (contents, resources, fonts, pictures, annotations and their appearances, inherited attributes), and
 * the two catalog entries drawing also reads (optional content, the form). When they do, nothing a page
 * comparison draws can differ, so it need not draw: the validation data B-LT adds after a signature touches
 * none of them. Any difference, an encrypted file or an unreadable object answers "not the same", and the
 * pages are drawn and compared as before.
 */
final class SamePages {

    private static final COSName[] DRAWN_FROM_CATALOG = {COSName.PAGES, COSName.OCPROPERTIES, COSName.ACRO_FORM};

    /** Pairs already compared (or being compared), by identity: the page tree links back to itself. */
    private final Set<Pair> seen = new HashSet<>();

    private SamePages() {
    }

    /** True when every page of both documents is drawn from equal objects. */
    static boolean in(PDDocument signed, PDDocument last) {
        if (signed.isEncrypted() || last.isEncrypted()) {
            return false;
        }
        COSDictionary a = signed.getDocumentCatalog().getCOSObject();
        COSDictionary b = last.getDocumentCatalog().getCOSObject();
        SamePages same = new SamePages();
        try {
            for (COSName key : DRAWN_FROM_CATALOG) {
                if (!same.equal(a.getDictionaryObject(key), b.getDictionaryObject(key))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private boolean equal(COSBase x, COSBase y) throws IOException {
        COSBase a = resolved(x);
        COSBase b = resolved(y);
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof COSDictionary || a instanceof COSArray) {
            // on a link back to a pair under comparison, the rest of that pair decides
            return !seen.add(new Pair(a, b)) || (a instanceof COSArray arr ? equalArrays(arr, (COSArray) b)
                    : equalDictionaries((COSDictionary) a, (COSDictionary) b));
        }
        if (a instanceof COSString s) {
            return Arrays.equals(s.getBytes(), ((COSString) b).getBytes());
        }
        // names, numbers, booleans and null compare by value
        return a.equals(b);
    }

    private boolean equalDictionaries(COSDictionary a, COSDictionary b) throws IOException {
        if (a.size() != b.size() || !a.keySet().equals(b.keySet())) {
            return false;
        }
        for (COSName key : a.keySet()) {
            if (!equal(a.getItem(key), b.getItem(key))) {
                return false;
            }
        }
        return !(a instanceof COSStream sa) || sameRawBytes(sa, (COSStream) b);
    }

    private boolean equalArrays(COSArray a, COSArray b) throws IOException {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameRawBytes(COSStream a, COSStream b) throws IOException {
        try (InputStream ia = a.createRawInputStream(); InputStream ib = b.createRawInputStream()) {
            return Arrays.equals(ia.readAllBytes(), ib.readAllBytes());
        }
    }

    private static COSBase resolved(COSBase value) {
        return value instanceof COSObject ref ? ref.getObject() : value;
    }

    private record Pair(COSBase a, COSBase b) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.a == a && p.b == b;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(a) + System.identityHashCode(b);
        }
    }
}
