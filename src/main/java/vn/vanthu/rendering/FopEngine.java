package vn.vanthu.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.xml.transform.TransformerFactory;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.render.intermediate.EventProducingFilter;
import org.xml.sax.SAXException;

/**
 * Apache FOP behind one FopFactory: a fresh user agent per render, fonts parsed once for all renders,
 * PDF/A-2b, a render that fails when FOP would silently substitute a font or drop a glyph, and one
 * that stops when it goes over its {@link RenderBudget}.
 */
final class FopEngine {

    private static final List<String> FATAL_EVENTS = List.of(
            "org.apache.fop.fonts.FontEventProducer.fontSubstituted",
            "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable",
            "org.apache.fop.fonts.FontEventProducer.fontLoadingErrorAtAutoDetection");

    private final FopFactory factory = FopSetup.factory();
    private final PdfSettings settings = FopSetup.settings();
    private final SharedFonts fonts = new SharedFonts();
    private final RenderBudget budget;
    private final Semaphore turns;

    static {
        pinXmlTransformerFactory();
    }

    FopEngine() {
        this(RenderBudget.DEFAULT);
    }

    FopEngine(RenderBudget budget) {
        this.budget = budget;
        this.turns = new Semaphore(budget.concurrent());
    }

    /**
     * Lays out XSL-FO into PDF/A-2b bytes; the title goes into the XMP and the document information.
     * Throws {@link RenderBudgetExceeded} when no turn comes within the time budget or the render goes over it.
     */
    byte[] render(String fo, String title) {
        return render(fo, title, System.nanoTime());
    }

    /** As {@link #render(String, String)}, for a request whose time started at {@code start} (System.nanoTime). */
    byte[] render(String fo, String title, long start) {
        try {
            if (!turns.tryAcquire(budget.time().toNanos() - (System.nanoTime() - start), TimeUnit.NANOSECONDS)) {
                throw RenderMeter.busy(budget);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderFailed("interrupted while waiting for a turn to render", e);
        }
        try {
            return render(fo, title, new RenderMeter(budget, start));
        } finally {
            turns.release();
        }
    }

    private byte[] render(String fo, String title, RenderMeter meter) {
        FOUserAgent agent = factory.newFOUserAgent();
        agent.setCreator("vanthu");
        agent.setProducer("vanthu (Apache FOP 2.11)");
        agent.getRendererOptions().put("pdf-a-mode", "PDF/A-2b");
        List<String> problems = new ArrayList<>();
        agent.getEventBroadcaster().addEventListener(event -> collect(event, problems));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            // FOP configures its own handler and wraps it in an EventProducingFilter; an override is used
            // as given, so both happen here. Nothing below reads shared mutable state (see PdfSettings),
            // so documents are started concurrently, without a lock.
            PdfHandler pdf = new PdfHandler(agent, settings, fonts, title, meter);
            pdf.getConfigurator().configure(pdf);
            agent.setDocumentHandlerOverride(new EventProducingFilter(pdf, agent));
            Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, out);
            FoReader.feed(fo, fop.getDefaultHandler(), meter);
        } catch (RenderMeter.Stop stop) {
            throw stop.verdict();
        } catch (SAXException | IOException | RuntimeException e) {
            throw new RenderFailed("the layout engine failed: " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new RenderFailed(String.join("; ", problems));
        }
        return out.toByteArray();
    }

    /**
     * JAXP looks for a TransformerFactory on the whole classpath on every newInstance(), and FOP's XMP
     * writer asks for one per document; pinning the provider JAXP picks anyway makes later lookups direct.
     */
    private static void pinXmlTransformerFactory() {
        String property = TransformerFactory.class.getName();
        if (System.getProperty(property) == null) {
            System.setProperty(property, TransformerFactory.newInstance().getClass().getName());
        }
    }

    private static void collect(Event event, List<String> problems) {
        if (FATAL_EVENTS.contains(event.getEventID())) {
            problems.add(EventFormatter.format(event));
        }
    }
}
