package vn.vanthu.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URI;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.configuration.Configuration;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.fonts.FontInfo;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.xml.sax.SAXException;

/**
 * Reads {@code /vanthu-fop.xconf} into what the engine renders with: a FopFactory that holds no
 * configuration DOM, and the PDF renderer's settings read once from that DOM.
 */
final class FopSetup {

    private static final String CONFIG = "/vanthu-fop.xconf";

    private FopSetup() {
    }

    /** The PDF renderer's options and fonts, as FOP's own configurator reads them from the file. */
    static PdfSettings settings() {
        try {
            return PdfSettings.read(parsed().build());
        } catch (IOException | SAXException e) {
            throw unreadable(e);
        }
    }

    /**
     * A factory with every setting FopConfParser took from the file (complex scripts, strictness, font
     * manager) but without the DOM itself, so that nothing FOP does while rendering can read it.
     */
    static FopFactory factory() {
        try {
            FopFactoryBuilder builder = parsed();
            // setConfiguration(cfg, parse) is protected; with parse=false it only replaces the DOM the
            // factory keeps, after the parser has already applied the file's settings to the builder
            Method keep = FopFactoryBuilder.class.getDeclaredMethod("setConfiguration", Configuration.class,
                    boolean.class);
            keep.setAccessible(true);
            keep.invoke(builder, null, false);
            FopFactory factory = builder.build();
            // FOP creates its (empty) font substitutions on the first document; made now, renders only read them
            factory.getFontManager().setup(new FontInfo(), new FontCollection[0]);
            return factory;
        } catch (IOException | SAXException | ReflectiveOperationException e) {
            throw unreadable(e);
        }
    }

    private static FopFactoryBuilder parsed() throws IOException, SAXException {
        try (InputStream config = FopSetup.class.getResourceAsStream(CONFIG)) {
            return new FopConfParser(config, URI.create("classpath:/"), new ClasspathResolver()).getFopFactoryBuilder();
        }
    }

    private static IllegalStateException unreadable(Exception e) {
        return new IllegalStateException("FOP configuration " + CONFIG + " unusable", e);
    }

    /** Serves classpath: URIs (the bundled fonts) and nothing from the file system or network. */
    private static final class ClasspathResolver implements ResourceResolver {

        @Override
        public Resource getResource(URI uri) throws IOException {
            if (!"classpath".equals(uri.getScheme())) {
                throw new IOException("vanthu loads no resource outside its classpath: " + uri);
            }
            InputStream in = FopSetup.class.getResourceAsStream(uri.getPath());
            if (in == null) {
                throw new IOException("not on the classpath: " + uri);
            }
            return new Resource(in);
        }

        @Override
        public OutputStream getOutputStream(URI uri) throws IOException {
            throw new IOException("vanthu writes no side files: " + uri);
        }
    }
}
