package vn.vanthu.rendering;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * The Freemarker side of the pipeline: .ftlx templates from the classpath, XML auto-escaping on,
 * ?new and ?api off, so clerk text can only ever be literal text in the FO.
 */
final class Templates {

    private final Configuration config;

    Templates() {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new ClassTemplateLoader(Templates.class, "/templates"));
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(XMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // the templates ship inside the product: compile each once per JVM, never look for a newer copy
        // or a localised variant (Freemarker would otherwise re-check the classpath every 5 seconds)
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setLocalizedLookup(false);
    }

    /** Renders the named root template with the view model into XSL-FO text. */
    String render(String template, Map<String, Object> view) {
        try {
            StringWriter out = new StringWriter(32 * 1024);
            config.getTemplate(template).process(view, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new RenderFailed("template " + template + " failed: " + e.getMessage(), e);
        }
    }
}
