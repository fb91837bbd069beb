package vn.vanthu.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's engine REST (/engine-rest) with one refusal of its own: an id that names nothing, or a value left
 * out. Camunda maps the engine's NullValueException to 500 (claiming, or reading the variables or the rendered
 * form of, a task completed meanwhile), which tells a client the server failed when its request did.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestProblems {

    /** Camunda's resource configuration, as the starter makes it, with the mapper below registered. */
    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(new NothingThere());
            }
        };
    }

    /** NullValueException as 400 problem details in vanthu's shape, Camunda's message kept for the caller. */
    static final class NothingThere implements ExceptionMapper<NullValueException> {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        public Response toResponse(NullValueException e) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "urn:vanthu:problem:NothingThere");
            problem.put("title", "NothingThere");
            problem.put("status", 400);
            problem.put("detail", "Không có đối tượng được nêu, hoặc yêu cầu thiếu một giá trị (" + e.getMessage()
                    + ")");
            try {
                return Response.status(400).type("application/problem+json;charset=UTF-8")
                        .entity(JSON.writeValueAsString(problem)).build();
            } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}
