package vn.vanthu.bench.chain;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.rendering.DocumentRenderer;

/**
 * The bench's beans, added only to the context {@link ChainBench} starts: a {@code @TestConfiguration}, so the
 * component scan of {@code ./mvnw verify}'s test contexts skips it.
 *
 * <p>{@code DocumentRenderer} and {@code ConformanceChecker} are final classes with no seam to switch rendering
 * off, so the {@code @Primary} replacements are Mockito inline stand-ins (stub-only, nothing recorded) whose
 * answers forward to the product's own beans, or skip the render (see {@link RenderSwitch}).
 */
@TestConfiguration(proxyBeanMethods = false)
class ChainBenchBeans {

    @Bean
    RenderSwitch renderSwitch() {
        return new RenderSwitch();
    }

    @Bean
    @Primary
    DocumentRenderer benchDocumentRenderer(@Qualifier("documentRenderer") DocumentRenderer real, RenderSwitch sw) {
        return mock(DocumentRenderer.class, withSettings().stubOnly().defaultAnswer(sw.renderer(real)));
    }

    @Bean
    @Primary
    ConformanceChecker benchConformanceChecker(@Qualifier("conformanceChecker") ConformanceChecker real,
            RenderSwitch sw) {
        return mock(ConformanceChecker.class, withSettings().stubOnly().defaultAnswer(sw.checker(real)));
    }

    /** The peer process's only delegate: does nothing. */
    @Bean
    JavaDelegate benchNoop() {
        return execution -> { };
    }
}
