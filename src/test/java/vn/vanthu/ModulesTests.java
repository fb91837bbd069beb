package vn.vanthu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features' boundaries, verified: each top-level package is a module; others use only the public types
 * of its root package; no cycle between modules. The module overview is written to target/spring-modulith-docs.
 */
class ModulesTests {

    static final ApplicationModules MODULES = ApplicationModules.of(VanthuApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void modulesAreDocumented() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
