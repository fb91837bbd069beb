package vn.vanthu.platform;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.rendering.RenderBudget;

/** One renderer (one FopFactory, templates compiled once) and one checker for the whole application. */
@Configuration(proxyBeanMethods = false)
class RenderingBeans {

    /**
     * The renderer with its budget (docs/operations.md): the heap must hold {@code concurrent × memory-mb}
     * on top of the rest, so the defaults suit a 2 GB heap on a machine with two cores.
     */
    @Bean
    DocumentRenderer documentRenderer(@Value("${vanthu.rendering.budget.time:30s}") Duration time,
            @Value("${vanthu.rendering.budget.memory-mb:1024}") long megabytes,
            @Value("${vanthu.rendering.budget.concurrent:0}") int concurrent) {
        int turns = concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors();
        return DocumentRenderer.create(new RenderBudget(time, megabytes, turns));
    }

    @Bean
    ConformanceChecker conformanceChecker() {
        return new ConformanceChecker();
    }
}
