package vn.vanthu.bench.chain;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.signing.Signing;

/**
 * The bench's beans, added only to the context {@link ChainBench} starts, which names this class as a source.
 * It carries no stereotype on purpose: the test tree is on the classpath of contexts a test starts without
 * Spring Boot's test filters (ClusterTests' nodes), and a {@code @TestConfiguration} would be scanned there.
 *
 * <p>{@code DocumentRenderer}, {@code ConformanceChecker} and {@code Signing} are final classes with no seam to
 * time them or switch them off, so the {@code @Primary} replacements are Mockito inline stand-ins (stub-only,
 * nothing recorded) whose answers forward to the product's own beans, or hand back a stand-in (see
 * {@link Switches}). Main code is not changed.
 */
class ChainBenchBeans {

    @Bean
    Switches benchSwitches() {
        return new Switches();
    }

    @Bean
    @Primary
    DocumentRenderer benchDocumentRenderer(@Qualifier("documentRenderer") DocumentRenderer real, Switches sw) {
        return mock(DocumentRenderer.class, withSettings().stubOnly().defaultAnswer(sw.renderer(real)));
    }

    @Bean
    @Primary
    ConformanceChecker benchConformanceChecker(@Qualifier("conformanceChecker") ConformanceChecker real,
            Switches sw) {
        return mock(ConformanceChecker.class, withSettings().stubOnly().defaultAnswer(sw.checker(real)));
    }

    @Bean
    @Primary
    Signing benchSigning(@Qualifier("signing") Signing real, Switches sw) {
        return mock(Signing.class, withSettings().stubOnly().defaultAnswer(sw.signing(real)));
    }

    /** The peer process's only delegate: does nothing. */
    @Bean
    JavaDelegate benchNoop() {
        return execution -> { };
    }
}
