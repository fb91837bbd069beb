package vn.vanthu.support;

import java.util.stream.Collectors;
import vn.vanthu.conformance.PrintedText;

/**
 * The text of a PDF as a reader sees it, line by line, for assertions: read the way the product's checker
 * reads it, so the number and date an issued PDF holds in its form fields are there too.
 */
public final class PdfText {

    private PdfText() {
    }

    /** Every printed line of every page, top-down. */
    public static String of(byte[] pdf) {
        return PrintedText.lines(pdf).stream().map(l -> l.substring(l.indexOf(": ") + 2))
                .collect(Collectors.joining("\n"));
    }
}
