package vn.vanthu.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Authentication in front of both APIs: Camunda's engine REST and vanthu's own /api. */
@Configuration(proxyBeanMethods = false)
class Security {

    private static final int ENGINE_REST_AUTHENTICATION = 10;

    /** Camunda's engine REST is anonymous out of the box; HTTP Basic against Camunda users closes it. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.setName("engine-rest-authentication");
        registration.setOrder(ENGINE_REST_AUTHENTICATION);
        return registration;
    }

    /** After authentication: users only read through Camunda's REST APIs; their writes go through /api. */
    @Bean
    FilterRegistrationBean<EngineWriteGuard> engineWriteGuard(IdentityService identity) {
        FilterRegistrationBean<EngineWriteGuard> registration = new FilterRegistrationBean<>(new EngineWriteGuard(identity));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("engine-write-guard");
        registration.setOrder(ENGINE_REST_AUTHENTICATION + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity));
        registration.addUrlPatterns("/api/*");
        registration.setName("api-authentication");
        return registration;
    }
}
