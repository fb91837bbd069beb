package vn.vanthu.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * FOP 2.11 writes dc:title as a plain value where PDF/A wants a language alternative; this rewrites
 * the XMP packet from the document information (same title, dates, tools) as an incremental update.
 */
final class PdfaMetadata {

    private PdfaMetadata() {
    }

    static byte[] fix(byte[] pdf, String title) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
            metadata.importXMPMetadata(xmp(info, title));
            metadata.getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RenderFailed("could not write the PDF/A metadata: " + e.getMessage(), e);
        }
    }

    private static byte[] xmp(PDDocumentInformation info, String title) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addDate(created(info));
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created(info));
        basic.setModifyDate(info.getModificationDate() != null ? info.getModificationDate() : created(info));
        basic.setCreatorTool(info.getCreator());
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(info.getProducer());
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(2);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException(e);
        }
        return out.toByteArray();
    }

    private static Calendar created(PDDocumentInformation info) {
        return info.getCreationDate() != null ? info.getCreationDate() : Calendar.getInstance();
    }
}
