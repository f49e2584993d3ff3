package com.powermap;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by Debian's chromedriver through Selenium (never a
 * browser or driver downloaded by a tool). Screenshots go to {@code target/screenshots/}
 * for a reviewer to look at.
 */
public final class Browser implements AutoCloseable {

	public static final String CHROMIUM = "/usr/bin/chromium";

	public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final String base;

	private Browser(ChromeDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	/**
	 * Whether chromium and chromedriver are installed ({@code .ci/run} installs them).
	 */
	public static boolean available() {
		return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
	}

	/** Skips the calling test with a message when chromium or chromedriver is missing. */
	public static void assumeAvailable() {
		Assumptions.assumeTrue(available(),
				"Debian's chromium and chromedriver are not installed (apt-get install chromium chromium-driver): "
						+ "browser tests skipped");
	}

	/**
	 * A browser on the test server, asking for pages in the given language (en, zh-CN).
	 */
	public static Browser open(int port, String language, Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1500,1100", "--lang=" + language, "--accept-lang=" + language,
				"--user-data-dir=" + profile.toAbsolutePath());
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return new Browser(driver, "http://localhost:" + port);
	}

	/** Signs in through the login page. */
	public Browser signIn(String username, String password) {
		this.driver.get(this.base + "/login");
		waitFor(By.cssSelector("input[name='username']")).sendKeys(username);
		this.driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
		this.driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(60))
			.until((d) -> !d.getCurrentUrl().contains("/login") || d.getPageSource().contains("error"));
		return this;
	}

	/** Opens a path of the application and waits until Vaadin has rendered it. */
	public Browser go(String path) {
		this.driver.get(this.base + path);
		waitUntilIdle();
		return this;
	}

	/** The page's DOM as HTML, once Vaadin is idle. */
	public String html() {
		waitUntilIdle();
		return this.driver.getPageSource();
	}

	/** Waits until the page's DOM contains the text. */
	public Browser waitForText(String text) {
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).until((d) -> d.getPageSource().contains(text));
		return this;
	}

	/** Waits for an element and returns it. */
	public WebElement waitFor(By by) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(60)).until((d) -> {
			var found = d.findElements(by);
			return found.isEmpty() ? null : found.get(0);
		});
	}

	/** The driver, for what these helpers do not cover. */
	public ChromeDriver driver() {
		return this.driver;
	}

	/** Saves a screenshot as {@code target/screenshots/NAME.png}. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Path taken = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void waitUntilIdle() {
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).until((d) -> Boolean.TRUE
			.equals(((JavascriptExecutor) d).executeScript("return !!window.Vaadin && !!window.Vaadin.Flow "
					+ "&& Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive())")));
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
