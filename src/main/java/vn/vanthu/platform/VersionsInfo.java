package vn.vanthu.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** "versions" in /actuator/info: what this node runs, for a bug report or an upgrade check. */
@Component
class VersionsInfo implements InfoContributor {

    private final ObjectProvider<BuildProperties> build;
    private final JdbcTemplate jdbc;

    VersionsInfo(ObjectProvider<BuildProperties> build, JdbcTemplate jdbc) {
        this.build = build;
        this.jdbc = jdbc;
    }

    @Override
    public void contribute(Info.Builder info) {
        Map<String, Object> versions = new LinkedHashMap<>();
        BuildProperties vanthu = build.getIfAvailable();
        versions.put("vanthu", vanthu == null ? "dev" : vanthu.getVersion());
        versions.put("camunda", ProcessEngine.class.getPackage().getImplementationVersion());
        versions.put("fop", org.apache.fop.Version.getVersion());
        versions.put("pdfbox", org.apache.pdfbox.util.Version.getVersion());
        versions.put("postgresql", jdbc.queryForObject("show server_version", String.class));
        versions.put("java", System.getProperty("java.version"));
        info.withDetail("versions", versions);
    }
}
