package vn.vanthu.signing;

import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.PAdESCommonParameters;
import eu.europa.esig.dss.pdf.PDFServiceMode;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.visible.PdfBoxSignatureDrawerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.atomic.LongAdder;

/**
 * DSS's PDFBox signing, with the signature pasted into the prepared document's {@code /Contents} placeholder in
 * one pass over an array. Why: DSS 6.4's {@code PAdESUtils.replaceSignature} reads the document one byte at a time
 * through a synchronized {@code BufferedInputStream.read()}, about 3 % of a dispatch chain's CPU. The rule is
 * DSS's: the one '&lt;' followed by at least as many '0' as the signature has hex digits. Anything else (no such
 * placeholder, two, or one cut short at the end) goes to DSS's own code, which reports or recovers as it does.
 */
final class PastedSignature extends PdfBoxSignatureService {

    /** Signatures pasted here rather than by DSS: tests read it to know this path was taken. */
    static final LongAdder PASTED = new LongAdder();

    PastedSignature(PdfBoxSignatureDrawerFactory drawers) {
        super(PDFServiceMode.SIGNATURE, drawers);
    }

    @Override
    public DSSDocument sign(DSSDocument toSignDocument, byte[] cmsSignedData, PAdESCommonParameters parameters) {
        DSSDocument prepared = parameters == null || cmsSignedData == null || cmsSignedData.length == 0 ? null
                : parameters.getPdfSignatureCache().getToBeSignedDocument();
        byte[] signed = prepared == null ? null : paste(bytes(prepared), cmsSignedData);
        if (signed == null) {
            return super.sign(toSignDocument, cmsSignedData, parameters);
        }
        // as DSS's sign() does after pasting: the parameters are ready for the next signature
        parameters.reinit();
        PASTED.increment();
        return new InMemoryDocument(signed, null, MimeTypeEnum.PDF);
    }

    /** The document with the signature's hex in its one placeholder, or null when DSS's rule finds not exactly one. */
    static byte[] paste(byte[] document, byte[] cms) {
        byte[] hex = HexFormat.of().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
        int at = -1;
        for (int i = 0; i < document.length; i++) {
            if (document[i] != '<') {
                continue;
            }
            int zeros = 0;
            while (i + 1 + zeros < document.length && document[i + 1 + zeros] == '0' && zeros < hex.length) {
                zeros++;
            }
            if (zeros == hex.length) {
                if (at >= 0) {
                    return null;
                }
                at = i + 1;
                i += zeros;
            } else if (i + 1 + zeros == document.length) {
                // DSS drops a '<' and zeros cut short by the end of the file: its own code decides that case
                return null;
            }
        }
        if (at < 0) {
            return null;
        }
        byte[] out = document.clone();
        System.arraycopy(hex, 0, out, at, hex.length);
        return out;
    }

    private static byte[] bytes(DSSDocument document) {
        if (document instanceof InMemoryDocument memory) {
            return memory.getBytes();
        }
        try (InputStream in = document.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
