package vn.vanthu.rendering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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

/**
 * Apache FOP as it ships, with a given configuration and nothing of vanthu's around it: the reference
 * the fast path is compared with (tests) and the peer it is measured against (bench). Thread-safe the
 * way FOP 2.11 allows: one factory, newFop serialised.
 */
public final class PlainFop {

    private static final String CONFIG = "/vanthu-fop.xconf";

    private final FopFactory factory;
    private final TransformerFactory transformers = TransformerFactory.newInstance();

    private PlainFop(String config) {
        try (InputStream in = new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8))) {
            factory = new FopConfParser(in, URI.create("classpath:/"), new ClasspathResolver())
                    .getFopFactoryBuilder().build();
        } catch (Exception e) {
            throw new IllegalStateException("FOP configuration unusable", e);
        }
    }

    /** FOP with the product's configuration file as is (complex scripts off). */
    public static PlainFop productConfig() {
        return new PlainFop(config());
    }

    /** FOP with the product's fonts and FOP's own defaults (complex scripts on), as FOP ships. */
    public static PlainFop fopDefaults() {
        return new PlainFop(config().replaceAll("\\s*<complex-scripts[^>]*/>", ""));
    }

    /** Lays the FO out as PDF/A-2b with the product's user-agent settings, through FOP's own font loading. */
    public byte[] render(String fo, String title) {
        try {
            FOUserAgent agent = factory.newFOUserAgent();
            agent.setTitle(title);
            agent.setCreator("vanthu");
            agent.setProducer("vanthu (Apache FOP 2.11)");
            agent.getRendererOptions().put("pdf-a-mode", "PDF/A-2b");
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            Fop fop;
            // FOP 2.11 reads its configuration DOM while it builds a Fop, and concurrent reads of that DOM
            // fail (NPE in Xerces, or fonts silently lost): FOP as shipped is usable from threads only so
            synchronized (factory) {
                fop = factory.newFop(MimeConstants.MIME_PDF, agent, out);
            }
            transformers.newTransformer().transform(new StreamSource(new StringReader(fo)),
                    new SAXResult(fop.getDefaultHandler()));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("plain FOP failed: " + e.getMessage(), e);
        }
    }

    private static String config() {
        try (InputStream in = PlainFop.class.getResourceAsStream(CONFIG)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(CONFIG + " unreadable", e);
        }
    }

    /** Serves classpath: URIs (the bundled fonts), reading them for every request as FOP expects. */
    private static final class ClasspathResolver implements ResourceResolver {

        @Override
        public Resource getResource(URI uri) throws IOException {
            InputStream in = "classpath".equals(uri.getScheme()) ? PlainFop.class.getResourceAsStream(uri.getPath())
                    : null;
            if (in == null) {
                throw new IOException("not on the classpath: " + uri);
            }
            return new Resource(in);
        }

        @Override
        public OutputStream getOutputStream(URI uri) throws IOException {
            throw new IOException("no side files: " + uri);
        }
    }
}
