package vn.vanthu.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.springframework.stereotype.Component;

/** Counts every job attempt that threw ({@link Meters#JOB_FAILURES}); the engine then retries it as before. */
@Component
class FailedJobMeter extends AbstractProcessEnginePlugin {

    private final Counter failures;

    FailedJobMeter(MeterRegistry meters) {
        this.failures = Counter.builder(Meters.JOB_FAILURES).description("job attempts that threw").register(meters);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultFailedJobCommandFactory retries = new DefaultFailedJobCommandFactory();
        configuration.setFailedJobCommandFactory((jobId, exception) -> {
            failures.increment();
            return retries.getCommand(jobId, exception);
        });
    }
}
