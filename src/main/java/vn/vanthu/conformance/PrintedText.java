package vn.vanthu.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The text of a PDF as printed, line by line, the way the checker reads it (filled form fields included). */
public final class PrintedText {

    private PrintedText() {
    }

    /** Every line of every page, top-down, with the page's number in front: "1: Số: 05/UBND-KGVX". */
    public static List<String> lines(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> lines = new ArrayList<>();
            for (Page page : PdfReader.read(doc)) {
                page.lines().forEach(l -> lines.add(page.number() + ": " + l.text()));
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
