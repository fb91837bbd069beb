package vn.vanthu.platform;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What stands in front of the HTTP endpoints, in order: the login throttle (every password check),
 * authentication (engine REST, /api and its description, /actuator), then the body limit and JSON check.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoginSettings.class, LimitSettings.class})
class Security {

    private static final int THROTTLE = 1;
    private static final int AUTHENTICATION = 10;
    private static final int BODY = 20;
    private static final String[] API = {"/api/*", "/v3/api-docs", "/v3/api-docs/*", "/swagger-ui.html", "/swagger-ui/*"};

    @Bean
    LoginThrottle loginThrottle(LoginSettings settings, MeterRegistry meters) {
        return new LoginThrottle(settings, System::nanoTime, meters);
    }

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottling(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
        registration.addUrlPatterns(API);
        registration.addUrlPatterns("/engine-rest/*", "/actuator/*", "/camunda/api/admin/auth/user/*");
        registration.setName("login-throttle");
        registration.setOrder(THROTTLE);
        return registration;
    }

    /** Camunda's engine REST is anonymous out of the box; HTTP Basic against Camunda users closes it. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", EngineRestBasicLogin.class.getName());
        registration.setName("engine-rest-authentication");
        registration.setOrder(AUTHENTICATION);
        return registration;
    }

    /** After authentication: users only read through Camunda's REST APIs; their writes go through /api. */
    @Bean
    FilterRegistrationBean<EngineWriteGuard> engineWriteGuard(IdentityService identity, TaskService tasks) {
        FilterRegistrationBean<EngineWriteGuard> registration = new FilterRegistrationBean<>(
                new EngineWriteGuard(identity, new ClaimedFirst(tasks)));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("engine-write-guard");
        registration.setOrder(AUTHENTICATION + 1);
        return registration;
    }

    /** Camunda's 500s that are the caller's fault, on either engine API, as 400 problems. */
    @Bean
    FilterRegistrationBean<EngineCallerFaults> engineCallerFaults() {
        FilterRegistrationBean<EngineCallerFaults> registration =
                new FilterRegistrationBean<>(new EngineCallerFaults());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("engine-caller-faults");
        registration.setOrder(AUTHENTICATION + 2);
        return registration;
    }

    /** /api, and the OpenAPI description and Swagger UI: the same login, so the API is not mapped for strangers. */
    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity));
        registration.addUrlPatterns(API);
        registration.setName("api-authentication");
        registration.setOrder(AUTHENTICATION);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OperationsAccess> operationsAccess(IdentityService identity,
            @Value("${vanthu.operations.groups:camunda-admin,vanthu-operators}") List<String> groups) {
        FilterRegistrationBean<OperationsAccess> registration =
                new FilterRegistrationBean<>(new OperationsAccess(new Authenticator(identity), groups));
        registration.addUrlPatterns("/actuator", "/actuator/*");
        registration.setName("operations-access");
        registration.setOrder(AUTHENTICATION);
        return registration;
    }

    /** The webapps' pages hold a per-response script nonce: never stored, so never shown under another one's policy. */
    @Bean
    FilterRegistrationBean<NoStorePages> noStorePages() {
        FilterRegistrationBean<NoStorePages> registration = new FilterRegistrationBean<>(new NoStorePages());
        registration.addUrlPatterns("/camunda/app/*");
        registration.setName("no-store-pages");
        registration.setOrder(THROTTLE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(LimitSettings limits) {
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(new RequestBodyLimit(limits));
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setName("request-body-limit");
        registration.setOrder(BODY);
        return registration;
    }
}
