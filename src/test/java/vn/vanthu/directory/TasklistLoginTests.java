package vn.vanthu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The demo logins over HTTP, as a person uses them: the Tasklist login form and HTTP Basic on the engine REST. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistLoginTests {

    @LocalServerPort
    int port;

    @Test
    void aChuyenVienLogsInToTheTasklistButNotToCockpit() throws Exception {
        assertThat(webappLogin("cv.sldtbxh", "demo", "tasklist")).isEqualTo(200);
        assertThat(webappLogin("cv.sldtbxh", "demo", "cockpit")).isEqualTo(403);
        // an unknown user, not a wrong password: Camunda would lock cv.sldtbxh for the next tests
        assertThat(webappLogin("khong.co", "demo", "tasklist")).isEqualTo(401);
    }

    @Test
    void theAdministratorLogsInToCamundaAdmin() throws Exception {
        assertThat(webappLogin("admin", "admin", "admin")).isEqualTo(200);
    }

    @Test
    void demoUsersCallTheEngineRestWithHttpBasic() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> tasks = http.send(basic("/engine-rest/task", "tp.stp", "demo"),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> refused = http.send(basic("/engine-rest/task", "khong.co", "demo"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).startsWith("[");
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    /** The Camunda webapps' own login: fetch the app for the CSRF cookie, then post the form with its token. */
    private int webappLogin(String user, String password, String app) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElse("");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest login = HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest basic(String path, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(url(path)).header("Authorization", "Basic " + credentials).build();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
