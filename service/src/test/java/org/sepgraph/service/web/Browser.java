package org.sepgraph.service.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its own chromedriver (no Selenium Manager, nothing downloaded). A missing
 * browser fails the tests: run {@code bin/install-browser}.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("sepgraph.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("sepgraph.chromedriver", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final ChromeDriverService service;
    private final String base;

    /** Fails (never skips) when the browser is missing: the web application must be tested in one. */
    static void requireInstalled() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("no browser: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing; run bin/install-browser (Debian's chromium and chromium-driver)");
        }
    }

    Browser(String base) {
        requireInstalled();
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--window-size=1400,900", "--hide-scrollbars",
                "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // --window-size sizes the window; make the page's own viewport 1400×900, the screenshots' size.
        Number innerWidth = (Number) js("return window.innerWidth");
        Number innerHeight = (Number) js("return window.innerHeight");
        Dimension outer = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(outer.width + 1400 - innerWidth.intValue(),
                outer.height + 900 - innerHeight.intValue()));
    }

    /** Load an address of the application (a full page load) and wait until the page is drawn. */
    /** The API key the application holds when a test opens a page (null: none, as a new visitor). */
    String key;

    void open(String pathAndQuery, String page) {
        if (key != null) {
            // the application keeps its key in the tab's sessionStorage, which belongs to the service's origin
            if (!driver.getCurrentUrl().startsWith(base)) {
                driver.get(base + "/app/app.css");
            }
            js("sessionStorage.setItem('sepgraph.apiKey', arguments[0])", key);
        }
        driver.get(base + pathAndQuery);
        awaitPage(page);
    }

    /** Wait until the application shows this page, its lists are loaded and every chart has finished drawing. */
    void awaitPage(String page) {
        new WebDriverWait(driver, Duration.ofSeconds(45)).withMessage(() -> "page " + page + " not drawn: "
                + js("return document.body.dataset.page + ' / ' + document.querySelector('main').innerText.slice(0, 400)"))
                .until(d -> Boolean.TRUE.equals(js("""
                        return document.body.dataset.page === arguments[0]
                          && !document.querySelector('main .loading, main [aria-busy]')
                          && [...document.querySelectorAll('[data-chart]')].every(c => c.dataset.state === 'finished')
                          && [...document.querySelectorAll('[data-chart]')].every(c => c.querySelector('canvas'))""", page)));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The rows of the table beside a chart (or of any table inside the element), as cell texts. */
    @SuppressWarnings("unchecked")
    List<List<String>> rows(String containerCss) {
        return (List<List<String>>) js("""
                const box = document.querySelector(arguments[0]);
                if (!box) return null;
                return [...box.querySelectorAll('tbody tr')].map(tr => [...tr.children].map(c => c.innerText.trim()));""",
                containerCss);
    }

    /** A chart's data as ECharts holds it: per series, the values. */
    @SuppressWarnings("unchecked")
    List<List<Object>> chartValues(String name) {
        return (List<List<Object>>) js("""
                const o = echarts.getInstanceByDom(document.querySelector('[data-chart="' + arguments[0] + '"]')).getOption();
                return o.series.map(s => s.data.map(d => (d !== null && typeof d === 'object') ? d.value : d));""", name);
    }

    /** A bar chart's category labels. */
    @SuppressWarnings("unchecked")
    List<String> chartCategories(String name) {
        return (List<String>) js("""
                const o = echarts.getInstanceByDom(document.querySelector('[data-chart="' + arguments[0] + '"]')).getOption();
                return o.yAxis[0].data.map(String);""", name);
    }

    /** Console entries of level SEVERE since the last call (reading empties the browser's buffer). */
    List<String> severeConsoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("sepgraph.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * A small copy (width {@code width}, smooth scaling) of a screenshot taken before, in {@code small/}: what the
     * README shows is made from these ({@code docs/screenshots/}).
     */
    void thumbnail(String name, int width) throws IOException {
        Path dir = Path.of(System.getProperty("sepgraph.screenshots", "target/screenshots"));
        java.awt.image.BufferedImage full = javax.imageio.ImageIO.read(dir.resolve(name + ".png").toFile());
        int height = Math.round((float) full.getHeight() * width / full.getWidth());
        java.awt.image.BufferedImage small = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = small.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(full.getScaledInstance(width, height, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        Files.createDirectories(dir.resolve("small"));
        javax.imageio.ImageIO.write(small, "png", dir.resolve("small").resolve(name + ".png").toFile());
    }

    /** A screenshot with this element at the top of the viewport (for what lies below the first screen). */
    void screenshotAt(String name, String css) throws IOException {
        js("const e = document.querySelector(arguments[0]); window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 12)", css);
        js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        screenshot(name);
        js("window.scrollTo(0, 0)");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
