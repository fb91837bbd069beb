package vn.vanthu.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.fop.pdf.AbstractPDFStream;
import org.apache.fop.pdf.FlateFilter;

/**
 * Flate at zlib level 1 for the two kinds of stream that hold nearly all of a document's bytes: page
 * contents and embedded font subsets. FOP 2.11 has no setting for the level and deflates at zlib's
 * default, 6. On seed 003 (8 pages) deflating those streams takes 4.7 ms at level 6, 2.8 ms at level 4 and
 * 2.2 ms at level 1; a render takes 4 % less CPU at level 1 than at 4, for files 4 % bigger (3 KB on an
 * ordinary document; docs/BENCHMARKS.md).
 *
 * <p>{@link PdfSettings} gives both kinds FOP's "null" filter, which writes nothing; {@link PdfHandler} (each
 * page's content) and {@link EmbeddedFonts} (each font file) put this filter in front of it, so the stream
 * says /FlateDecode.
 */
final class FastFlate extends FlateFilter {

    static final int LEVEL = 1;

    /** Puts this filter in front of FOP's placeholder on a stream FOP has not written yet; once per stream. */
    static void onto(AbstractPDFStream stream) {
        stream.getFilterList().ensureFilterInPlace(new FastFlate());
    }

    @Override
    public OutputStream applyFilter(OutputStream out) {
        if (isApplied()) {
            return out;
        }
        Deflater deflater = new Deflater(LEVEL);
        return new DeflaterOutputStream(out, deflater, 4096) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    // a Deflater handed in is not ended by its stream; its native memory would wait for GC
                    deflater.end();
                }
            }
        };
    }
}
