package vn.vanthu.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's engine REST (/engine-rest) with two refusals of its own, which Camunda maps to 500 and so tells a
 * client the server failed when its request did: an id that names nothing or a value left out
 * (NullValueException: claiming, or reading the variables or rendered form of, a task completed meanwhile), and a
 * task someone else claimed first (two leaders of a consulted Sở pressing Nhận việc).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestProblems {

    /** Camunda's resource configuration, as the starter makes it, with the mappers below registered. */
    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(new NothingThere());
                register(new AlreadyClaimed());
            }
        };
    }

    /** NullValueException as 400 problem details, Camunda's message kept for the caller. */
    static final class NothingThere implements ExceptionMapper<NullValueException> {
        @Override
        public Response toResponse(NullValueException e) {
            return problem(400, "NothingThere", "Không có đối tượng được nêu, hoặc yêu cầu thiếu một giá trị ("
                    + e.getMessage() + ")");
        }
    }

    /** TaskAlreadyClaimedException as 409: the task is another's now, which a reload of the list shows. */
    static final class AlreadyClaimed implements ExceptionMapper<TaskAlreadyClaimedException> {
        @Override
        public Response toResponse(TaskAlreadyClaimedException e) {
            return problem(409, "AlreadyClaimed", ClaimedFirst.detail(e.getTaskAssignee()));
        }
    }

    private static Response problem(int status, String title, String detail) {
        return Response.status(status).type(Problems.MEDIA_TYPE)
                .entity(Problems.json(status, title, detail, null, Map.of())).build();
    }
}
