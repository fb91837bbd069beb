package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The engine's id check is Camunda's, answer for answer, and the running engine uses it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdCheckFirstTests {

    @Autowired
    ProcessEngine engine;

    @Test
    void refusesAndAcceptsTheIdsCamundaRefusesAndAccepts() {
        IdCheckFirst.Checked ours = new IdCheckFirst.Checked(() -> "generated", null);
        Camundas camundas = new Camundas();
        for (String id : Arrays.asList(null, "*", "", " ", "**", "a*", "6de26897-ed10-11f1-8d92-02fc00000001",
                "cv.sldtbxh", "../x", "Văn bản")) {
            TaskEntity entity = new TaskEntity();
            entity.setId(id);
            Throwable fromCamunda = catchThrowable(() -> camundas.check(entity));
            Throwable fromOurs = catchThrowable(() -> ours.validateId(entity));
            if (fromCamunda == null) {
                assertThat(fromOurs).as("id %s", id).isNull();
            } else {
                assertThat(fromOurs).as("id %s", id).isNotNull().hasSameClassAs(fromCamunda)
                        .hasMessage(fromCamunda.getMessage());
            }
        }
        TaskEntity star = new TaskEntity();
        star.setId("*");
        assertThat(catchThrowable(() -> ours.validateId(star))).hasMessageContaining("reserved identifier");
    }

    @Test
    void theEngineOpensIt() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getSessionFactories().get(DbEntityManager.class))
                .isInstanceOf(IdCheckFirst.Factory.class);
        DbEntityManager opened = configuration.getCommandExecutorTxRequired()
                .execute(context -> context.getDbEntityManager());
        assertThat(opened).isInstanceOf(IdCheckFirst.Checked.class);
        assertThatCode(() -> engine.getRuntimeService().createProcessInstanceQuery().count())
                .doesNotThrowAnyException();
    }

    /** Camunda's own entity manager, its check made callable. */
    private static final class Camundas extends DbEntityManager {

        Camundas() {
            super(() -> "generated", null);
        }

        void check(DbEntity entity) {
            validateId(entity);
        }
    }
}
