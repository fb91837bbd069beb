package vn.vanthu.tasklist.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

class PageWaitTests {

    private final WebDriver driver = mock(WebDriver.class);

    @Test
    void aLookupCutShortByTheNavigationIsTriedAgainWhereAPlainWaitGivesUp() {
        AtomicInteger calls = new AtomicInteger();
        Boolean found = new PageWait(driver, Duration.ofSeconds(5)).until(d -> navigatingTwice(calls));
        assertThat(found).isTrue();
        assertThat(calls).hasValue(3);

        calls.set(0);
        assertThatThrownBy(() -> new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(100))
                .until(d -> navigatingTwice(calls))).hasMessageContaining("aborted by navigation");
    }

    @Test
    void anyOtherFailureStillFailsAndWhatTheWaitIgnoresItStillIgnores() {
        assertThatThrownBy(() -> new PageWait(driver, Duration.ofSeconds(5)).until(d -> {
            throw new WebDriverException("chrome not reachable");
        })).hasMessageContaining("chrome not reachable");
        AtomicInteger calls = new AtomicInteger();
        String drawn = new PageWait(driver, Duration.ofSeconds(5)).until(d -> {
            if (calls.incrementAndGet() < 2) {
                throw new NoSuchElementException("not drawn yet");
            }
            return "found";
        });
        assertThat(drawn).isEqualTo("found");
    }

    private static Boolean navigatingTwice(AtomicInteger calls) {
        if (calls.incrementAndGet() <= 2) {
            throw new WebDriverException("aborted by navigation: Inspected target navigated or closed");
        }
        return true;
    }
}
