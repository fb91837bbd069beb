package vn.vanthu.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI description served at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI vanthuApi() {
        return new OpenAPI().info(new Info().title("vanthu API").version("0.1")
                .description("Văn bản theo Nghị định 30/2020/NĐ-CP: soạn thảo, trình, ký, cấp số, phát hành. "
                        + "HTTP Basic với tài khoản Camunda, hoặc phiên đăng nhập Tasklist."));
    }
}
