package vn.vanthu.rendering;

import java.util.List;
import java.util.Map;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.fonts.DefaultFontConfigurator;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.FontEventAdapter;
import org.apache.fop.pdf.PDFFilterList;
import org.apache.fop.render.pdf.PDFRendererConfig;
import org.apache.fop.render.pdf.PDFRendererConfig.PDFRendererConfigParser;

/**
 * FOP's PDF renderer settings (options and configured fonts), read once from the configuration file.
 *
 * <p>FOP 2.11 reads them again from the configuration's DOM for every document, twice (handler options,
 * then fonts), and that Xerces DOM changes its node-list cache even on reads: two documents started at
 * once fail with an NPE or silently lose their fonts. Read once, both are immutable and shared freely.
 */
record PdfSettings(PDFRendererConfig config, List<EmbedFontInfo> fonts) {

    PdfSettings(PDFRendererConfig config, List<EmbedFontInfo> fonts) {
        this.config = config;
        // EmbedFontInfo has setters, but only FOP's configuration step (run below, once) calls them
        this.fonts = List.copyOf(fonts);
    }

    /** Reads the PDF renderer's settings as FOP's own configurator does, through a factory that has the DOM. */
    static PdfSettings read(FopFactory configured) throws FOPException {
        FOUserAgent agent = configured.newFOUserAgent();
        PDFRendererConfig config = (PDFRendererConfig) agent.getRendererConfig(MimeConstants.MIME_PDF,
                new PDFRendererConfigParser());
        // FOP's "null" filter writes nothing and holds the place of the flate that PdfHandler puts on page
        // contents and font files at FastFlate's level (the map is FOP's own, read by every document)
        Map<String, List<String>> filters = config.getConfigOptions().getFilterMap();
        filters.put(PDFFilterList.CONTENT_FILTER, List.of("null"));
        filters.put(PDFFilterList.FONT_FILTER, List.of("null"));
        List<EmbedFontInfo> fonts = new DefaultFontConfigurator(agent.getFontManager(),
                new FontEventAdapter(agent.getEventBroadcaster()), agent.validateUserConfigStrictly())
                .configure(config.getFontInfoConfig());
        return new PdfSettings(config, fonts);
    }
}
