package vn.vanthu.platform;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * What each user chose for themselves, kept as Camunda user info so it follows the user to any browser:
 * the language they read vanthu in (Vietnamese unless they switched).
 */
@Component
public class Preferences {

    static final String LANGUAGE = "vanthu.language";

    private final IdentityService identity;

    Preferences(IdentityService identity) {
        this.identity = identity;
    }

    /** The user's language; Vietnamese by default. */
    public Language language(String userId) {
        return Language.of(identity.getUserInfo(userId, LANGUAGE));
    }

    /** Records the user's choice of language. */
    public void language(String userId, Language language) {
        identity.setUserInfo(userId, LANGUAGE, language.code());
    }
}
