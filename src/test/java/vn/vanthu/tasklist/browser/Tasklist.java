package vn.vanthu.tasklist.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Camunda Tasklist as a person uses it, in Vietnamese: log in, pick a filter, open and claim a task,
 * fill the vanthu embedded form, press "Hoàn thành". Selectors are those of the live 7.24 Tasklist and of
 * {@code static/forms/*.html}; every step waits for what the page shows next (no fixed sleeps).
 */
final class Tasklist {

    static final By LOGIN_USER = By.cssSelector("form[name=signinForm] input[ng-model=username]");
    static final By LOGIN_PASSWORD = By.cssSelector("form[name=signinForm] input[ng-model=password]");
    static final By LOGIN_BUTTON = By.cssSelector("form[name=signinForm] button[type=submit]");
    static final By ACCOUNT_MENU = By.cssSelector("li.account > a.dropdown-toggle");
    static final By LOGOUT = By.cssSelector("li.account a[ng-click='logout()']");
    static final By TASK_LINKS = By.cssSelector("li.task h4.task a");
    static final By CLAIM = By.cssSelector(".task-details button.claim");
    static final By UNCLAIM = By.cssSelector(".task-details button.unclaim");
    static final By COMPLETE = By.cssSelector(".task-details button[ng-click='complete()']");
    static final By MODAL = By.cssSelector(".modal");
    static final By START_BUTTON = By.cssSelector(".modal-footer button.btn-primary[ng-click='startProcessInstance()']");

    private final WebDriver driver;
    private final String base;
    private final Path screenshots;
    private final WebDriverWait wait;
    private int shots;

    Tasklist(WebDriver driver, String base, Path screenshots) {
        this.driver = driver;
        this.base = base;
        this.screenshots = screenshots;
        this.wait = new PageWait(driver, Duration.ofSeconds(30));
    }

    WebDriverWait await() {
        return wait;
    }

    /** Opens the Tasklist's login page. */
    void open() {
        driver.get(base + "/camunda/app/tasklist/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(LOGIN_USER));
    }

    /**
     * Logs in and waits until the header shows the person's name. The login form may be drawn again just
     * after a logout (clearing what was typed): then it is filled and sent again, a few times at most.
     */
    void login(String user, String password, String fullName) {
        for (int attempt = 1; ; attempt++) {
            WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(LOGIN_USER));
            name.clear();
            name.sendKeys(user);
            WebElement pass = driver.findElement(LOGIN_PASSWORD);
            pass.clear();
            pass.sendKeys(password);
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("performance.clearResourceTimings();");
            driver.findElement(LOGIN_BUTTON).click();
            try {
                new PageWait(driver, Duration.ofSeconds(attempt < 3 ? 10 : 30))
                        .until(ExpectedConditions.textToBePresentInElementLocated(ACCOUNT_MENU, fullName));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                if (attempt < 3 && appDidNotStart()) {
                    // logged in, but the page drawn after it ran none of its scripts (seen once in CI, before
                    // the pages were sent no-store): what a user does, reload once, and say so in the log
                    System.err.println(user + ": the Tasklist did not start after logging in; reloading once."
                            + " Console:\n" + console());
                    driver.navigate().refresh();
                    try {
                        wait.until(ExpectedConditions.textToBePresentInElementLocated(ACCOUNT_MENU, fullName));
                        return;
                    } catch (org.openqa.selenium.TimeoutException stillNot) {
                        throw new AssertionError(user + " could not log in, even after a reload; page "
                                + driver.getCurrentUrl() + ", console:\n" + console(), stillNot);
                    }
                }
                if (attempt >= 3 || driver.findElements(LOGIN_USER).stream().noneMatch(WebElement::isDisplayed)) {
                    throw new AssertionError(user + " could not log in; page " + driver.getCurrentUrl()
                            + ", console:\n" + console(), notYet);
                }
            }
        }
    }

    /** No Angular on the page: its scripts never ran, so neither the login form nor the account menu is drawn. */
    private boolean appDidNotStart() {
        Object angular = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return typeof window.angular !== 'undefined';");
        return !Boolean.TRUE.equals(angular);
    }

    private String console() {
        StringBuilder out = new StringBuilder();
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
                .forEach(e -> out.append("  ").append(e.getLevel()).append(' ').append(e.getMessage()).append('\n'));
        Object requests = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return performance"
                + ".getEntriesByType('resource').slice(-25).map(function (e) { return Math.round(e.startTime) + ' '"
                + " + e.initiatorType + ' ' + e.name; }).join('\\n');");
        return out.append("last requests:\n").append(requests).toString();
    }

    /** Đăng xuất from the account menu, back to the login page. */
    void logout() {
        wait.until(ExpectedConditions.elementToBeClickable(ACCOUNT_MENU)).click();
        wait.until(ExpectedConditions.elementToBeClickable(LOGOUT)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(LOGIN_USER));
    }

    /** A link or button by its visible text (normalised), e.g. "Khởi tạo quy trình". */
    static By text(String tag, String text) {
        return By.xpath("//" + tag + "[contains(normalize-space(.), " + literal(text) + ")]");
    }

    /** Selects a filter ("Việc của tôi", "Việc của nhóm tôi") and opens the task of that name in it. */
    String openTask(String filter, String taskName) {
        return openTask(filter, taskName, id -> true);
    }

    /**
     * Like {@link #openTask(String, String)}, but opens only a task of that name whose id {@code wanted} accepts
     * (e.g. the task of this test's dispatch), never simply the first one: other tests of the shared context
     * may have left tasks of the same name in a group's list.
     */
    String openTask(String filter, String taskName, Predicate<String> wanted) {
        By filterLink = By.xpath("//a[normalize-space(text()[1]) = " + literal(filter) + "]");
        By task = By.xpath("//li[contains(@class,'task')]//h4[contains(@class,'task')]/a[normalize-space(.) = "
                + literal(taskName) + "]");
        Pattern id = Pattern.compile("[?&]task=([0-9a-fA-F-]+)");
        Map<String, Boolean> checked = new HashMap<>();
        long[] lastClick = { 0 };
        // a wait of its own: ignoring stale elements must not change the shared one
        WebDriverWait patient = new PageWait(driver, Duration.ofSeconds(30));
        patient.ignoring(StaleElementReferenceException.class);
        String chosen = patient.until(d -> {
            for (WebElement a : d.findElements(task)) {
                Matcher m = id.matcher(String.valueOf(a.getAttribute("href")));
                if (a.isDisplayed() && m.find() && checked.computeIfAbsent(m.group(1), wanted::test)) {
                    return m.group(1);
                }
            }
            // the list loads after the filter is chosen; choose it again now and then until the task is there
            if (System.currentTimeMillis() - lastClick[0] > 3000) {
                lastClick[0] = System.currentTimeMillis();
                List<WebElement> f = d.findElements(filterLink);
                if (!f.isEmpty() && f.get(0).isDisplayed()) {
                    f.get(0).click();
                }
            }
            return null;
        });
        // the list may be drawn again at any time: click the link of that task, found afresh, until it is open
        By link = By.xpath("//li[contains(@class,'task')]//h4[contains(@class,'task')]/a[contains(@href, "
                + literal("task=" + chosen) + ")]");
        patient.until(d -> {
            if (!d.getCurrentUrl().contains("task=" + chosen)) {
                d.findElement(link).click();
            }
            return d.getCurrentUrl().contains("task=" + chosen);
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".task-details h2.task"), taskName));
        return chosen;
    }

    /** Waits until the embedded form has loaded its data (the form's loading notice gone, no error shown). */
    WebElement form(String formName) {
        By form = By.cssSelector("form[name=" + formName + "]");
        wait.until(ExpectedConditions.presenceOfElementLocated(form));
        wait.until(d -> {
            WebElement f = d.findElement(form);
            List<WebElement> errors = f.findElements(By.cssSelector(".alert-danger"));
            if (!errors.isEmpty() && errors.get(0).isDisplayed()) {
                throw new AssertionError(formName + " shows an error: " + errors.get(0).getText());
            }
            return f.findElements(By.cssSelector(".alert-info")).stream().noneMatch(WebElement::isDisplayed);
        });
        return driver.findElement(form);
    }

    /** Nhận việc: takes a group task and waits until it is the caller's. */
    void claim() {
        WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(CLAIM));
        claim.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(UNCLAIM));
    }

    /** Presses a choice of the form (the radio's label button, e.g. "Đồng ý"). */
    void choose(WebElement form, String label) {
        WebElement button = form.findElement(By.xpath(".//div[contains(@class,'vt-choices')]/label[normalize-space(.) = "
                + literal(label) + "]"));
        center(button);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        wait.until(d -> button.findElement(By.tagName("input")).isSelected());
    }

    /** Types into a field of a form, replacing what is there. */
    void type(WebElement field, String text) {
        center(field);
        field.clear();
        field.sendKeys(text);
    }

    /** Closes the Tasklist's notices (bottom right), which otherwise cover "Hoàn thành". */
    void dismissNotifications() {
        By close = By.cssSelector(".page-notifications button.close[ng-click='removeNotification(notification)']");
        // a notice may close itself meanwhile (its element then goes stale): that is what is wanted
        for (WebElement button : driver.findElements(close)) {
            try {
                if (button.isDisplayed()) {
                    button.click();
                }
            } catch (StaleElementReferenceException gone) {
                // already closed
            }
        }
        new PageWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(close).stream().noneMatch(WebElement::isDisplayed));
    }

    /** The "Hoàn thành" button, once the form is complete enough to enable it. */
    WebElement completeButton() {
        dismissNotifications();
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
        center(button);
        return button;
    }

    /** Presses "Hoàn thành" and waits until the form is gone (the task is done). */
    void complete(WebElement form) {
        completeButton().click();
        waitGone(form);
    }

    void waitGone(WebElement form) {
        wait.until(ExpectedConditions.stalenessOf(form));
    }

    /** Khởi tạo quy trình → the process of this name → its start form. */
    WebElement startForm(String processName) {
        wait.until(ExpectedConditions.elementToBeClickable(text("a", "Khởi tạo quy trình"))).click();
        By process = By.xpath("//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a[normalize-space(.) = "
                + literal(processName) + "]");
        wait.until(ExpectedConditions.elementToBeClickable(process)).click();
        return form("vtKhoitaoForm");
    }

    /** Selects the option of a select whose text starts with this (e.g. the signer's name). */
    void select(WebElement select, String startOfText) {
        center(select);
        Select s = new Select(select);
        WebElement option = wait.until(d -> s.getOptions().stream()
                .filter(o -> o.getText().trim().startsWith(startOfText)).findFirst().orElse(null));
        s.selectByVisibleText(option.getText());
    }

    /** Presses "Khởi tạo" in the start dialog and waits until the dialog is closed. */
    void start() {
        pressStart();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(MODAL));
    }

    /** Presses "Khởi tạo" in the start dialog (which stays open when the server refuses a field). */
    void pressStart() {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(START_BUTTON));
        center(button);
        button.click();
    }

    /** The text of the selected task's card in the list (name, process, document, number). */
    String taskCardText() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.task.active"))).getText();
    }

    /** Follows a link of the navigation bar by its text ("Văn bản đã phát hành", "English"). */
    void navbar(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.) = " + literal(label)
                + "]"))).click();
    }

    void center(WebElement element) {
        // the Tasklist's fixed footer covers the bottom of the task pane
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Saves a screenshot as NN-name.png in the screenshot folder and returns its path. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(screenshots);
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++shots, name));
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Saves the page's HTML next to the screenshots (for a failed run). */
    void source(String name) throws IOException {
        Files.createDirectories(screenshots);
        Files.writeString(screenshots.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    }

    /** An XPath string literal for any text (no quote escaping in XPath 1.0). */
    static String literal(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "', \"'\", '") + "')";
    }
}
