package vn.vanthu.rendering;

import java.util.List;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandlerConfigurator;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.pdf.PDFDocumentHandler;
import org.apache.fop.render.pdf.PDFRendererConfig.PDFRendererConfigParser;
import org.apache.fop.render.pdf.PDFRendererConfigurator;
import org.apache.xmlgraphics.util.QName;
import org.apache.xmlgraphics.xmp.Metadata;
import org.apache.xmlgraphics.xmp.XMPArrayType;
import org.apache.xmlgraphics.xmp.XMPConstants;
import org.apache.xmlgraphics.xmp.XMPProperty;
import org.apache.xmlgraphics.xmp.schemas.DublinCoreSchema;

/**
 * FOP's PDF output with two changes: the configured fonts come pre-parsed from {@link SharedFonts},
 * and the title goes into the XMP packet as the language alternative PDF/A requires (FOP 2.11 writes
 * a plain dc:title when it derives the packet from the document information itself).
 */
final class PdfHandler extends PDFDocumentHandler {

    private final SharedFonts fonts;
    private final String title;

    PdfHandler(FOUserAgent agent, SharedFonts fonts, String title) {
        super(new IFContext(agent));
        this.fonts = fonts;
        this.title = title;
    }

    @Override
    public IFDocumentHandlerConfigurator getConfigurator() {
        FOUserAgent agent = getUserAgent();
        return new PDFRendererConfigurator(agent, new PDFRendererConfigParser()) {
            @Override
            protected FontCollection createCollectionFromFontList(InternalResourceResolver resolver,
                    List<EmbedFontInfo> fontList) {
                return fonts.collection(resolver, fontList, agent.isComplexScriptFeaturesEnabled());
            }
        };
    }

    @Override
    public void endDocumentHeader() throws IFException {
        // FOP merges its own packet (dates, tools, PDF/A identification) into this one and copies the
        // title back into the document information; the user agent carries no title, so nothing overrides it.
        handleExtensionObject(titleOnly(title));
        super.endDocumentHeader();
    }

    private static Metadata titleOnly(String title) {
        XMPProperty property = new XMPProperty(new QName(DublinCoreSchema.NAMESPACE, "dc:title"), title);
        property.setXMLLang(XMPConstants.DEFAULT_LANGUAGE);
        property.convertSimpleValueToArray(XMPArrayType.ALT);
        Metadata xmp = new Metadata();
        xmp.setProperty(property);
        return xmp;
    }
}
