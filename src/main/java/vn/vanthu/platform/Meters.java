package vn.vanthu.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * What an operator reads at /actuator/prometheus about the work itself; features report through this
 * bean (issues, renders), the platform measures the rest (jobs, logins). Names are Micrometer's; in
 * Prometheus the dots become underscores ({@code vanthu_issues_total}, {@code vanthu_renders_seconds}).
 */
@Component
public final class Meters {

    /** Counter: a document numbered and issued; tags issuer (agency id) and series. */
    public static final String ISSUES = "vanthu.issues";
    /** Timer: one render of a document to PDF; tags kind (main, submission…) and outcome (ok, failed). */
    public static final String RENDERS = "vanthu.renders";
    /** Gauge: the engine's asynchronous jobs by state (pending, retrying, failed, locked, stale-lock). */
    public static final String JOBS = "vanthu.jobs";
    /** Counter: a job attempt that threw (it is retried until its retries run out). */
    public static final String JOB_FAILURES = "vanthu.jobs.failures";
    static final String LOGIN_FAILURES = "vanthu.login.failures";
    static final String LOGIN_HELD = "vanthu.login.held";

    private final MeterRegistry registry;

    Meters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts one issued document. */
    public void issued(String issuer, String series) {
        Counter.builder(ISSUES).description("documents numbered and issued").tag("issuer", issuer)
                .tag("series", series).register(registry).increment();
    }

    /** Runs a render and records how long it took and whether it succeeded. */
    public <T> T rendering(String kind, Supplier<T> render) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            T result = render.get();
            outcome = "ok";
            return result;
        } finally {
            sample.stop(Timer.builder(RENDERS).description("document renders").tag("kind", kind)
                    .tag("outcome", outcome).register(registry));
        }
    }
}
