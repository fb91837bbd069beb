package vn.vanthu.tasklist.browser;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A wait that tries a lookup again when the page being drawn again cut it short. A language switch reloads
 * the page once its choice is saved, and so does a login whose user reads another language than the page
 * was drawn in; chromedriver then answers a lookup made in between with "aborted by navigation" (seen once
 * in a fresh-clone run), which is no answer about the page at all.
 */
final class PageWait extends WebDriverWait {

    PageWait(WebDriver driver, Duration timeout) {
        super(driver, timeout, Duration.ofMillis(100));
    }

    @Override
    public <V> V until(Function<? super WebDriver, ? extends V> condition) {
        return super.until(driver -> {
            try {
                return condition.apply(driver);
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("aborted by navigation")) {
                    return null;
                }
                throw e;
            }
        });
    }
}
