package vn.vanthu.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own settings: the language they read vanthu in. The choice is kept with the user and
 * mirrored in the "vanthu-lang" cookie, which the Tasklist's configuration reads before it starts.
 */
@RestController
class MeController {

    static final String COOKIE = "vanthu-lang";

    /** The caller and the language they read vanthu in. */
    record Me(String user, String language) {
    }

    /** A choice of language: "vi" or "en". */
    record LanguageChoice(String language) {
    }

    private final Preferences preferences;

    MeController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/api/me")
    Me me(HttpServletRequest request, HttpServletResponse response) {
        String user = CurrentUser.of(request).id();
        Language language = preferences.language(user);
        remember(response, language);
        return new Me(user, language.code());
    }

    @PutMapping("/api/me/language")
    Me language(@RequestBody LanguageChoice choice, HttpServletRequest request, HttpServletResponse response) {
        String user = CurrentUser.of(request).id();
        String code = choice == null || choice.language() == null ? "" : choice.language().strip();
        if (!code.equals("vi") && !code.equals("en")) {
            throw new LanguageRefused(code);
        }
        Language language = Language.of(code);
        preferences.language(user, language);
        remember(response, language);
        return new Me(user, language.code());
    }

    private static void remember(HttpServletResponse response, Language language) {
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** A language vanthu does not speak. */
    static final class LanguageRefused extends NamedFact {
        LanguageRefused(String code) {
            super(400, "language", "ngôn ngữ phải là vi hoặc en (đang là '" + code + "')");
        }
    }
}
