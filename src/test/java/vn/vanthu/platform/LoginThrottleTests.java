package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The attack over real HTTP: an anonymous caller guesses a clerk's password on /api,
 * /engine-rest and the Tasklist login; the clerk, from her own machine, still logs in everywhere.
 * The guessing source is held back instead, and an owner's own typos hold only that owner at that
 * source, for a while. Sources are loopback addresses other than 127.0.0.1, which the other tests use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginThrottleTests {

    private static final String CLERK = "vt.stc";
    private static final String ENGINE = "/engine-rest/task";
    private static final String API = "/api/tasks";

    @LocalServerPort
    int port;

    @Test
    void guessingAClerksPasswordNeverLocksTheClerkOut() throws Exception {
        Http http = new Http(port);
        String attacker = "127.0.0.21";
        int refused = 0;
        int held = 0;
        for (int i = 0; i < 12; i++) {
            for (int status : new int[] {basic(http, attacker, API, CLERK, "sai" + i),
                basic(http, attacker, ENGINE, CLERK, "sai" + i), webappLogin(http, attacker, CLERK, "sai" + i)}) {
                refused += status == 401 ? 1 : 0;
                held += status == 429 ? 1 : 0;
            }
        }
        assertThat(refused).as("first guesses are checked and refused").isGreaterThanOrEqualTo(5);
        assertThat(held).as("then the guessing source waits").isGreaterThan(20);
        assertThat(refused + held).isEqualTo(36);
        // the attacker waits even with the right password, so the hold tells it nothing
        while (basic(http, attacker, API, CLERK, "sai") != 401) {
            Thread.sleep(200); // until a hold ends and a new guess starts the next one
        }
        Http.Raw stillHeld = http.from(attacker, "GET", API, Map.of("Authorization", Http.basic(CLERK, "demo")), null);
        assertThat(stillHeld.status()).isEqualTo(429);
        assertThat(stillHeld.headers()).containsKey("retry-after");
        assertThat(stillHeld.body()).contains("TooManyLoginFailures");

        // the clerk at her own machine
        String clerk = "127.0.0.22";
        assertThat(basic(http, clerk, API, CLERK, "demo")).isEqualTo(200);
        assertThat(basic(http, clerk, ENGINE, CLERK, "demo")).isEqualTo(200);
        assertThat(webappLogin(http, clerk, CLERK, "demo")).isEqualTo(200);
        // the engine has not locked the account either
        assertThat(http.get(CLERK, "demo", API).statusCode()).isEqualTo(200);
    }

    @Test
    void oneSourceGuessingManyAccountsIsHeldForAll() throws Exception {
        Http http = new Http(port);
        String sprayer = "127.0.0.23";
        for (int i = 0; i < 30; i++) {
            assertThat(basic(http, sprayer, API, "khong.co." + i, "demo")).isEqualTo(401);
        }
        assertThat(basic(http, sprayer, API, "tp.stc", "demo")).isEqualTo(429);
        assertThat(basic(http, "127.0.0.24", API, "tp.stc", "demo")).isEqualTo(200);
    }

    @Test
    void anOwnersOwnTyposHoldHerAtThatSourceForAWhileOnly() throws Exception {
        Http http = new Http(port);
        String desk = "127.0.0.25";
        for (int i = 0; i < 5; i++) {
            assertThat(basic(http, desk, API, "cv.stc", "typo")).isEqualTo(401);
        }
        assertThat(basic(http, desk, API, "cv.stc", "demo")).isEqualTo(429);
        assertThat(basic(http, "127.0.0.26", API, "cv.stc", "demo")).isEqualTo(200);
        assertThat(basic(http, desk, API, "gd.stc", "demo")).as("another account at the same desk").isEqualTo(200);

        Thread.sleep(1_100); // application-test.yml: first-delay 1s
        assertThat(basic(http, desk, API, "cv.stc", "demo")).isEqualTo(200);
        // a right password clears the count: one more typo is just a typo
        assertThat(basic(http, desk, API, "cv.stc", "typo")).isEqualTo(401);
        assertThat(basic(http, desk, API, "cv.stc", "demo")).isEqualTo(200);
    }

    @Test
    void onlyARightPasswordClearsAnAccountsFailures() throws Exception {
        Http http = new Http(port);
        String desk = "127.0.0.27";
        String account = "pgd.stc";
        for (int i = 0; i < 4; i++) {
            assertThat(basic(http, desk, API, account, "typo")).isEqualTo(401);
        }
        // answered without the password being checked (the open verification endpoint): that proves nothing
        assertThat(http.from(desk, "POST", "/api/verify", Map.of("Authorization", Http.basic(account, "typo")), null)
                .status()).isNotIn(401, 429);
        assertThat(basic(http, desk, API, account, "typo")).as("the fifth failure").isEqualTo(401);
        assertThat(basic(http, desk, API, account, "demo")).as("held").isEqualTo(429);

        Thread.sleep(1_100); // application-test.yml: first-delay 1s
        // a right password on the engine's REST API is checked by Camunda, and clears the count as on /api
        assertThat(basic(http, desk, ENGINE, account, "demo")).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(basic(http, desk, API, account, "typo")).isEqualTo(401);
        }
        assertThat(basic(http, desk, API, account, "demo")).isEqualTo(200);
    }

    private static int basic(Http http, String source, String path, String user, String password) throws Exception {
        return http.from(source, "GET", path, Map.of("Authorization", Http.basic(user, password)), null).status();
    }

    /** The Camunda webapps' login form: the page for the CSRF token and cookie, then the form post. */
    private static int webappLogin(Http http, String source, String user, String password) throws Exception {
        Http.Raw page = http.from(source, "GET", "/camunda/app/tasklist/default/", Map.of(), null);
        String token = page.headers().getOrDefault("x-xsrf-token", "");
        String cookies = page.headers().getOrDefault("set-cookie", "").replaceAll(";\\s*(Path|HttpOnly|SameSite)[^;]*", "");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("X-XSRF-TOKEN", token);
        headers.put("Cookie", cookies);
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.from(source, "POST", "/camunda/api/admin/auth/user/default/login/tasklist", headers, form).status();
    }
}
