package vn.vanthu.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * "jobExecutor" in /actuator/health (in place of Camunda's, which reports a node deliberately run
 * without an executor as DOWN): DOWN only when this node should run jobs and its executor stopped;
 * the job counts come along as details for the operator.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth extends AbstractHealthIndicator {

    private final ProcessEngineConfigurationImpl configuration;
    private final JobStatus jobs;

    JobExecutorHealth(ProcessEngine engine, JobStatus jobs) {
        super("job executor health check failed");
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.jobs = jobs;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        JobExecutor executor = configuration.getJobExecutor();
        boolean wanted = configuration.isJobExecutorActivate() || executor != null && executor.isAutoActivate();
        boolean running = executor != null && executor.isActive();
        if (wanted && !running) {
            health.down();
        } else {
            health.up();
        }
        health.withDetail("running", running).withDetail("lockTimeMillis", executor == null ? 0 : executor.getLockTimeInMillis())
                .withDetail("jobs", jobs.last());
    }
}
