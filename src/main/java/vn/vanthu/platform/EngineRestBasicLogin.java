package vn.vanthu.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic check for /engine-rest that also tells the login throttle when a password was right.
 * Public only because Camunda's authentication filter instantiates its provider by class name.
 */
public class EngineRestBasicLogin extends HttpBasicAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
        if (result.isAuthenticated()) {
            LoginThrottleFilter.passwordChecked(request, result.getAuthenticatedUser());
        }
        return result;
    }
}
