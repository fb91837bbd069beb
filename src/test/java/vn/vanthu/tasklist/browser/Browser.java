package vn.vanthu.tasklist.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import vn.vanthu.platform.TemporaryDirectories;

/**
 * The system's headless Chromium and its chromedriver (Debian: packages {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Never downloads a browser: when either is
 * missing the walkthrough fails with a message saying what to install. Override the paths with
 * {@code -Dvanthu.browser.chromium=…} and {@code -Dvanthu.browser.chromedriver=…}.
 */
final class Browser {

    private Browser() {
    }

    /** A headless Chromium whose first language is the one given ("vi", "en-US"), in a fresh profile. */
    static ChromeDriver start(String language) throws IOException {
        Path chromium = find("vanthu.browser.chromium", "chromium", "chromium-browser", "google-chrome");
        Path chromedriver = find("vanthu.browser.chromedriver", "chromedriver");
        if (chromium == null || chromedriver == null) {
            fail("The Tasklist walkthrough needs Chromium and chromedriver on the PATH (found chromium: "
                    + chromium + ", chromedriver: " + chromedriver + "). Install them, on Debian/Ubuntu: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this), or point "
                    + "-Dvanthu.browser.chromium / -Dvanthu.browser.chromedriver at them.");
        }
        Path profile = TemporaryDirectories.create("vanthu-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=" + language);
        // vanthu does not follow the browser's language (a user's choice does): tests run both kinds
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // the console is kept so that a failed step can say what the page complained of
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** The file a system property names, else the first of the names on the PATH; null when none. */
    private static Path find(String property, String... names) {
        String given = System.getProperty(property);
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            return Files.isExecutable(p) ? p : null;
        }
        List<Path> path = Stream.of(Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        for (String name : names) {
            for (Path dir : path) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
