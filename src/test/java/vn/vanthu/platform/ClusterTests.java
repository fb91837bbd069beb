package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanthu.VanthuApplication;

/**
 * Two vanthu nodes on one PostgreSQL (a Camunda homogeneous cluster), both taking requests and both
 * running jobs. Clerks issue on both at once while node A's job executor pauses; node B dies while it holds
 * issuing jobs (its connections cut, then its context closed, so it neither finishes nor unlocks them).
 * Node A, running jobs again, takes them over once their short lock expires, and the register has every
 * number once, without a gap.
 */
class ClusterTests {

    private static final int PER_NODE = 3;
    private static final String AGENCY = "sldtbxh";
    private static final long LOCK_MILLIS = 4000;

    @TempDir
    Path dir;

    @Test
    void twoNodesIssueTogetherAndTheSurvivorFinishesTheDeadNodesJobs() throws Exception {
        try (EmbeddedServer db = EmbeddedServer.start(dir, true)) {
            try (ConfigurableApplicationContext a = node(db, "a"); ConfigurableApplicationContext b = node(db, "b")) {
                run(db, a, b);
            }
        }
    }

    private void run(EmbeddedServer db, ConfigurableApplicationContext a, ConfigurableApplicationContext b)
            throws Exception {
        IssueDriver viaA = new IssueDriver(new Http(port(a)), AGENCY);
        IssueDriver viaB = new IssueDriver(new Http(port(b)), AGENCY);
        List<String> onA = new ArrayList<>();
        List<String> onB = new ArrayList<>();
        for (int i = 0; i < PER_NODE; i++) {
            onA.add(viaA.signed("cụm máy chủ, nút A, văn bản " + i));
            onB.add(viaB.signed("cụm máy chủ, nút B, văn bản " + i));
        }
        String ownerB = jobExecutor(b).getLockOwner();
        // node A runs no job while the clerks issue, so node B surely holds some when it dies: with both running,
        // A sometimes took all six before B's first acquisition. A runs jobs again once B is gone.
        jobExecutor(a).shutdown();
        ExecutorService clerks = Executors.newFixedThreadPool(2 * PER_NODE);
        List<Future<?>> issued = new ArrayList<>();
        for (int i = 0; i < PER_NODE; i++) {
            String idA = onA.get(i);
            String idB = onB.get(i);
            issued.add(clerks.submit(() -> { viaA.issue(idA); return null; }));
            issued.add(clerks.submit(() -> { viaB.issue(idB); return null; }));
        }
        for (Future<?> f : issued) {
            f.get();
        }
        clerks.shutdown();

        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.secret().password())) {
            waitUntil(() -> count(c, "select count(*) from act_ru_job where lock_owner_ = '" + ownerB + "'") > 0,
                    "node B to hold jobs");
            // node B dies: its connections go first (nothing more is committed or unlocked), then the rest
            ((com.zaxxer.hikari.HikariDataSource) b.getBean(javax.sql.DataSource.class)).close();
            Instant killed = Instant.now();
            List<String> orphaned = strings(c, "select process_instance_id_ from act_ru_job where lock_owner_ = '"
                    + ownerB + "'");
            b.close();
            assertThat(orphaned).as("jobs node B held when it died").isNotEmpty();
            jobExecutor(a).start();

            List<String> all = new ArrayList<>(onA);
            all.addAll(onB);
            waitUntil(() -> all.stream().allMatch(id -> issued(viaA, id)), "every dispatch issued by the survivor");

            assertThat(strings(c, "select number || ':' || dispatch_id from register_entry where issuer = '" + AGENCY
                    + "' order by number")).hasSize(all.size());
            assertThat(longs(c, "select number from register_entry where issuer = '" + AGENCY + "' order by number"))
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, all.size()).boxed().toList());
            assertThat(strings(c, "select dispatch_id::text from register_entry where issuer = '" + AGENCY + "'"))
                    .containsExactlyInAnyOrderElementsOf(all);
            assertThat(longs(c, "select count(*) from dispatch_version where step = 'cap-so-phat-hanh'"
                    + " group by dispatch_id")).as("one issued version per dispatch").hasSize(all.size())
                    .allMatch(n -> n == 1);
            assertThat(count(c, "select count(*) from act_ru_job")).isZero();
            assertThat(count(c, "select count(*) from act_ru_incident")).isZero();
            // what B held was numbered after B died, so by A, once B's lock ran out
            try (var after = c.prepareStatement("select count(*) from register_entry r join dispatch d on d.id ="
                    + " r.dispatch_id where d.process_instance_id = any (?) and r.registered_at > ?")) {
                after.setArray(1, c.createArrayOf("varchar", orphaned.toArray()));
                after.setTimestamp(2, java.sql.Timestamp.from(killed));
                try (var rs = after.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(orphaned.size());
                }
            }
        }
    }

    private static boolean issued(IssueDriver driver, String id) {
        try {
            return "ISSUED".equals(driver.state(id));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext node(EmbeddedServer db, String name) {
        // command-line arguments: they outrank application.yml (builder properties would not)
        return new SpringApplicationBuilder(VanthuApplication.class).run(
                "--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=postgres",
                "--spring.datasource.password=" + db.secret().password(),
                "--spring.datasource.hikari.pool-name=node-" + name, "--server.port=0",
                "--camunda.bpm.process-engine-name=node" + name.toUpperCase(),
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
                "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.job-execution.core-pool-size=1", "--camunda.bpm.job-execution.max-pool-size=1",
                "--camunda.bpm.job-execution.queue-capacity=10", "--camunda.bpm.job-execution.max-jobs-per-acquisition=5",
                "--vanthu.operations.job-report-interval=1s");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobExecutor(ConfigurableApplicationContext c) {
        return ((ProcessEngineConfigurationImpl) c.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                .getJobExecutor();
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    static void waitUntil(Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 120 s for " + what);
            }
            Thread.sleep(100);
        }
    }

    static long count(Connection c, String sql) throws Exception {
        return longs(c, sql).get(0);
    }

    static List<Long> longs(Connection c, String sql) throws Exception {
        return column(c, sql, (rs, row) -> rs.getLong(1));
    }

    static List<String> strings(Connection c, String sql) throws Exception {
        return column(c, sql, (rs, row) -> rs.getString(1));
    }

    private static <T> List<T> column(Connection c, String sql,
            org.springframework.jdbc.core.RowMapper<T> first) throws Exception {
        List<T> values = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(first.mapRow(rs, values.size()));
            }
        }
        return values;
    }
}
