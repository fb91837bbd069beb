package vn.vanthu.exchange;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls the server makes on its own behalf (starting the receiving process when a document
 * arrives, stopping it when a recall is agreed) without the caller's authorizations: a văn thư may not
 * start processes, yet a package they upload must start one.
 */
@Component
class AsSystem {

    private final IdentityService identity;

    AsSystem(IdentityService identity) {
        this.identity = identity;
    }

    <T> T run(Supplier<T> action) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
