package vn.vanthu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features' boundaries, verified: each top-level package is a module; others use only the public types
 * of its root package; no cycle between modules. The module overview is written to target/spring-modulith-docs.
 */
class ModulesTests {

    // main code only, wherever the build puts its test classes (Modulith's own filter knows only target/test-classes,
    // and a side build in target-dev would otherwise count test classes as modules' dependencies)
    static final ApplicationModules MODULES = ApplicationModules.of(VanthuApplication.class,
            location -> !location.contains("/test-classes/"));

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void modulesAreDocumented() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
