package vn.vanthu.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
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

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedPostgres(@Value("${vanthu.database.directory:data/postgres}") String directory,
            @Value("${vanthu.database.startup-wait:60s}") Duration startupWait) throws IOException {
        if (directory.isBlank()) {
            return EmbeddedServer.start(Files.createTempDirectory("vanthu-pg"), true, startupWait);
        }
        Path dir = Path.of(directory).toAbsolutePath();
        Files.createDirectories(dir);
        return EmbeddedServer.start(dir, false, startupWait);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedServer server, @Value("${vanthu.database.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(EmbeddedServer.SUPERUSER);
        config.setPassword(server.secret().password());
        config.setPoolName("vanthu");
        config.setMaximumPoolSize(poolSize);
        return new HikariDataSource(config);
    }
}
