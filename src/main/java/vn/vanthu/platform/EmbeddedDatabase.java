package vn.vanthu.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL server (zonky's binaries from Maven Central) started in
 * the application's process, its data kept in {@code vanthu.database.directory}. Setting
 * {@code spring.datasource.url} switches it off in favour of an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${vanthu.database.directory:data/postgres}") String directory)
            throws IOException {
        // Spring stops the server after the engine and the pool (destroyMethod); zonky's own JVM hook
        // would stop it first, leaving the job executor retrying against a dead server at exit
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (!directory.isBlank()) {
            Path dir = Path.of(directory).toAbsolutePath();
            Files.createDirectories(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Cơ sở dữ liệu PostgreSQL nhúng đã chạy ở cổng {} (dữ liệu: {})", postgres.getPort(),
                directory.isBlank() ? "thư mục tạm, xoá khi dừng" : directory);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPoolName("vanthu");
        config.setMaximumPoolSize(20);
        return new HikariDataSource(config);
    }
}
