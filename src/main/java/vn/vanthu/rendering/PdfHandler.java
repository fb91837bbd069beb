package vn.vanthu.rendering;

import java.awt.Dimension;
import java.io.IOException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.pdf.PDFDocument;
import org.apache.fop.render.RendererConfig;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandlerConfigurator;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFPainter;
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
 * FOP's PDF output with these changes: its settings come from {@link PdfSettings} (read once) instead
 * of the configuration DOM, the configured fonts come pre-parsed from {@link SharedFonts}, the title
 * goes into the XMP packet as the language alternative PDF/A requires (FOP 2.11 writes a plain
 * dc:title when it derives the packet from the document information itself), every page it
 * starts is a checkpoint of the render's budget, pages are painted by {@link PagePainter}, and page
 * contents and font files are deflated at {@link FastFlate}'s level, the TrueType subsets being vanthu's
 * own ({@link EmbeddedFonts}).
 */
final class PdfHandler extends PDFDocumentHandler {

    private final String title;
    private final RenderMeter meter;
    private final Configurator configurator;
    /** The document being written, known from its first page's content; FOP keeps its own to itself. */
    private PDFDocument document;
    /** The text operators of this document's pages: what they learn of its fonts serves every page. */
    private final TextOperators text = new TextOperators();

    PdfHandler(FOUserAgent agent, PdfSettings settings, SharedFonts fonts, String title, RenderMeter meter) {
        super(new IFContext(agent));
        this.title = title;
        this.meter = meter;
        this.configurator = new Configurator(agent, settings, fonts, meter);
    }

    @Override
    public IFDocumentHandlerConfigurator getConfigurator() {
        return configurator;
    }

    @Override
    public void endDocumentHeader() throws IFException {
        // FOP merges its own packet (dates, tools, PDF/A identification) into this one and copies the
        // title back into the document information; the user agent carries no title, so nothing overrides it.
        handleExtensionObject(titleOnly(title));
        super.endDocumentHeader();
    }

    @Override
    public void startPage(int index, String name, String pageMasterName, Dimension size) throws IFException {
        meter.check();
        super.startPage(index, name, pageMasterName, size);
    }

    @Override
    public IFPainter startPageContent() throws IFException {
        if (getUserAgent().isAccessibilityEnabled()) {
            // FOP's painter would need the structure handler FOP keeps private; FopEngine never tags
            throw new IllegalStateException("vanthu's PDF output does not write tagged PDF");
        }
        PagePainter painter = new PagePainter(this, text);
        document = painter.document();
        return painter;
    }

    @Override
    public void endDocument() throws IFException {
        if (document != null) {
            // FOP makes the font objects at the start of its own endDocument and writes them at once;
            // made here first (FOP then finds them made), they can take vanthu's subsets and filter
            document.getResources().addFonts(document, getFontInfo());
            try {
                EmbeddedFonts.complete(document, getFontInfo());
            } catch (IOException e) {
                throw new IFException("font subsets not embedded", e);
            }
        }
        super.endDocument();
    }

    private static Metadata titleOnly(String title) {
        XMPProperty property = new XMPProperty(new QName(DublinCoreSchema.NAMESPACE, "dc:title"), title);
        property.setXMLLang(XMPConstants.DEFAULT_LANGUAGE);
        property.convertSimpleValueToArray(XMPArrayType.ALT);
        Metadata xmp = new Metadata();
        xmp.setProperty(property);
        return xmp;
    }

    /**
     * FOP's PDF configurator on settings read once: both places where FOP would read its configuration
     * DOM for this document (handler options, then the font list) are answered from {@link PdfSettings}.
     */
    private static final class Configurator extends PDFRendererConfigurator {

        private final PdfSettings settings;
        private final SharedFonts fonts;
        private final RenderMeter meter;
        private final boolean complexScripts;

        Configurator(FOUserAgent agent, PdfSettings settings, SharedFonts fonts, RenderMeter meter) {
            super(agent, new PDFRendererConfigParser());
            this.settings = settings;
            this.fonts = fonts;
            this.meter = meter;
            this.complexScripts = agent.isComplexScriptFeaturesEnabled();
        }

        @Override
        protected RendererConfig getRendererConfig(String mimeType) {
            return settings.config();
        }

        @Override
        protected FontCollection getCustomFontCollection(InternalResourceResolver resolver, String mimeType) {
            return fonts.collection(resolver, settings.fonts(), complexScripts, meter);
        }
    }
}
