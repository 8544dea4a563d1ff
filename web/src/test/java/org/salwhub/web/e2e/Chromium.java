package org.salwhub.web.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for the browser tests: never Selenium Manager, no network; and full-page screenshots. */
final class Chromium {

    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    /** A fresh browser with its profile in {@code profile} whose Accept-Language is {@code languages}. */
    static ChromeDriver start(Path profile, String languages, Duration wait, Map<String, Object> extraPrefs) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-features=Translate", "--window-size=1366,900",
                "--user-data-dir=" + profile, "--lang=" + languages.split(",")[0]);
        Map<String, Object> prefs = new HashMap<>(extraPrefs);
        prefs.put("intl.accept_languages", languages);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(wait);
        return driver;
    }

    /** A PNG of the whole page under {@code it.screenshots}; the window grows to the page's height for the shot. */
    static void screenshot(WebDriver driver, String name) {
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        Dimension size = driver.manage().window().getSize();
        try {
            Files.createDirectories(dir);
            Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
            if (height != null && height.intValue() > size.getHeight()) {
                driver.manage().window().setSize(new Dimension(size.getWidth(), Math.min(height.intValue() + 150, 4000)));
            }
            byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }
}
