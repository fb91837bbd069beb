package vn.vanthu.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.rendering.DocumentRenderer;

/** One renderer (one FopFactory, templates compiled once) and one checker for the whole application. */
@Configuration(proxyBeanMethods = false)
class RenderingBeans {

    @Bean
    DocumentRenderer documentRenderer() {
        return DocumentRenderer.create();
    }

    @Bean
    ConformanceChecker conformanceChecker() {
        return new ConformanceChecker();
    }
}
