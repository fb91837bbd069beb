package vn.vanthu.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's asynchronous work (issuing, consultation timers) as counts, refreshed in the background:
 * pending, retrying after a failure, failed for good, locked by a node, and locked by a node that
 * stopped (waiting for the lock to expire). Gauges read the last counts; a change is logged in words.
 */
@Component
class JobStatus implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobStatus.class);

    /** The counts at one moment. */
    record Counts(long pending, long retrying, long failed, long locked, long staleLocks) {
    }

    private final ManagementService management;
    private final JdbcTemplate jdbc;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vanthu-job-status");
        t.setDaemon(true);
        return t;
    });
    private volatile Counts counts = new Counts(0, 0, 0, 0, 0);

    JobStatus(ManagementService management, JdbcTemplate jdbc, MeterRegistry meters,
            @Value("${vanthu.operations.job-report-interval:30s}") Duration interval) {
        this.management = management;
        this.jdbc = jdbc;
        gauge(meters, "pending", () -> counts.pending());
        gauge(meters, "retrying", () -> counts.retrying());
        gauge(meters, "failed", () -> counts.failed());
        gauge(meters, "locked", () -> counts.locked());
        gauge(meters, "stale-lock", () -> counts.staleLocks());
        timer.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The latest counts, read now. */
    Counts refresh() {
        String table = management.getTableName(JobEntity.class);
        // the engine writes lock times from its own clock, so compare with that clock, not the server's
        java.sql.Timestamp engineNow = new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime());
        Long locked = jdbc.queryForObject("select count(*) from " + table + " where lock_owner_ is not null"
                + " and lock_exp_time_ > ?", Long.class, engineNow);
        Long stale = jdbc.queryForObject("select count(*) from " + table + " where lock_owner_ is not null"
                + " and lock_exp_time_ <= ?", Long.class, engineNow);
        Counts now = new Counts(management.createJobQuery().executable().count(),
                management.createJobQuery().withException().withRetriesLeft().count(),
                management.createJobQuery().noRetriesLeft().count(), locked, stale);
        Counts before = counts;
        counts = now;
        if (!now.equals(before)) {
            report(now);
        }
        return now;
    }

    Counts last() {
        return counts;
    }

    private void report(Counts c) {
        String line = "Việc nền của quy trình: " + c.pending() + " chờ chạy, " + c.retrying() + " đang thử lại sau lỗi, "
                + c.failed() + " hỏng (hết lượt thử, cần xử lý trong Cockpit), " + c.locked() + " đang chạy, "
                + c.staleLocks() + " bị giữ bởi một nút đã dừng (chờ hết hạn khoá)";
        if (c.failed() > 0 || c.staleLocks() > 0 || c.retrying() > 0) {
            log.warn(line);
        } else {
            log.info(line);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Không đọc được trạng thái việc nền: {}", e.getMessage());
        }
    }

    private static void gauge(MeterRegistry meters, String state, java.util.function.Supplier<Number> value) {
        Gauge.builder(Meters.JOBS, value).tag("state", state).description("asynchronous jobs by state")
                .register(meters);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
