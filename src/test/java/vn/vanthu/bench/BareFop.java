package vn.vanthu.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/** The peer: Apache FOP alone, one FopFactory built from the product's configuration, laying out a ready FO string. */
final class BareFop {

    private static final String CONFIG = "/vanthu-fop.xconf";

    private final FopFactory factory;
    // Shared like the product's FopEngine does, so both sides pay the same per-render transformer cost.
    private final TransformerFactory transformers = TransformerFactory.newInstance();

    private BareFop(String config) {
        try (InputStream in = new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8))) {
            factory = new FopConfParser(in, URI.create("classpath:/"), new ClasspathResolver())
                    .getFopFactoryBuilder().build();
        } catch (Exception e) {
            throw new IllegalStateException("FOP configuration unusable", e);
        }
    }

    /** FOP with the product's fonts and FOP's own defaults: complex scripts on, as FOP ships. */
    static BareFop productConfig() {
        return new BareFop(config().replaceAll("\\s*<complex-scripts[^>]*/>", ""));
    }

    /** The tuned peer: the same fonts with {@code <complex-scripts disabled="true"/>}, as the product runs. */
    static BareFop complexScriptsDisabled() {
        String config = config();
        return new BareFop(config.contains("<complex-scripts") ? config
                : config.replace("</fop>", "  <complex-scripts disabled=\"true\"/>\n</fop>"));
    }

    /** Lays the FO out as PDF/A-2b with the same user-agent settings as the product, minus its event checks. */
    byte[] render(String fo, String title) {
        try {
            // Same renderer options as FopEngine, so the ratio measures vanthu's own work, not a cheaper PDF mode.
            FOUserAgent agent = factory.newFOUserAgent();
            agent.setTitle(title);
            agent.setCreator("bench");
            agent.setProducer("bench (Apache FOP 2.11)");
            agent.getRendererOptions().put("pdf-a-mode", "PDF/A-2b");
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, out);
            Transformer identity = transformers.newTransformer();
            identity.transform(new StreamSource(new StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("bare FOP failed: " + e.getMessage(), e);
        }
    }

    private static String config() {
        try (InputStream in = BareFop.class.getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IllegalStateException(CONFIG + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(CONFIG + " unreadable", e);
        }
    }

    /** Serves classpath: URIs (the bundled fonts), as the product's resolver does. */
    private static final class ClasspathResolver implements ResourceResolver {

        @Override
        public Resource getResource(URI uri) throws IOException {
            if (!"classpath".equals(uri.getScheme())) {
                throw new IOException("bench loads no resource outside the classpath: " + uri);
            }
            InputStream in = BareFop.class.getResourceAsStream(uri.getPath());
            if (in == null) {
                throw new IOException("not on the classpath: " + uri);
            }
            return new Resource(in);
        }

        @Override
        public OutputStream getOutputStream(URI uri) throws IOException {
            throw new IOException("bench writes no side files: " + uri);
        }
    }
}
