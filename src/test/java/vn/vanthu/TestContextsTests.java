package vn.vanthu;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every Spring test asks for the same context, so the suite starts it once and runs one process engine. A
 * test asking for another starts a second engine under the same name, "default": Camunda's static registry
 * then hands that engine to the cached context's Tasklist and REST API, which read another database (the
 * browser walkthroughs found no task). Tests that need their own application run it in their own JVM.
 */
class TestContextsTests {

    @Test
    void everySpringTestSharesTheOneContext() {
        List<String> different = new ArrayList<>();
        int found = 0;
        // test classes wherever the build puts them (ArchUnit's own option knows only target/test-classes)
        ImportOption tests = location -> location.contains("/test-classes/");
        for (JavaClass type : new ClassFileImporter().withImportOption(tests).importPackages("vn.vanthu")) {
            if (!type.isAnnotatedWith(SpringBootTest.class)) {
                continue;
            }
            found++;
            Class<?> test = type.reflect();
            SpringBootTest boot = test.getAnnotation(SpringBootTest.class);
            ActiveProfiles profiles = test.getAnnotation(ActiveProfiles.class);
            if (boot.webEnvironment() != SpringBootTest.WebEnvironment.RANDOM_PORT || boot.properties().length > 0
                    || boot.classes().length > 0 || profiles == null
                    || !Arrays.equals(profiles.value(), new String[] {"test"})) {
                different.add(type.getName());
            }
        }
        assertThat(found).as("Spring tests found").isGreaterThan(10);
        assertThat(different).as("tests asking for a context of their own").isEmpty();
    }
}
