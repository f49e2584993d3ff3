package com.powermap.base;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The first contact with the database. When it answers at the start (the embedded one
 * always does), every {@link DatabaseSetupStep} runs before Powermap serves anyone, as
 * before. When an external one does not, Powermap starts anyway, unready (the health
 * endpoint says DOWN, the UI shows its banner), and tries again in the background,
 * waiting longer each time, until it answers and the steps have run. From then on it
 * checks every {@code powermap.database.check-interval} that the database still answers.
 */
@Component
@Lazy(false)
class DatabaseSetup implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DatabaseSetup.class);

	private final Driver driver;

	private final DatabaseStatus status;

	private final ObjectProvider<DatabaseSetupStep> steps;

	private final DatabaseSettings settings;

	private final ScheduledExecutorService executor = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("database-setup").factory());

	private Duration retryDelay;

	DatabaseSetup(Driver driver, DatabaseStatus status, ObjectProvider<DatabaseSetupStep> steps,
			DatabaseSettings settings) {
		this.driver = driver;
		this.status = status;
		this.steps = steps;
		this.settings = settings;
		this.retryDelay = settings.firstRetryDelay();
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			this.driver.verifyConnectivity();
		}
		catch (RuntimeException ex) {
			if (!DatabaseUnavailable.isCause(ex)) {
				throw ex;
			}
			this.status.unavailable(String.valueOf(ex.getMessage()));
			log.warn("The database cannot be reached ({}): Powermap starts without it and tries again in the "
					+ "background; the migrations run once it answers", ex.getMessage());
			schedule(this::retry, this.retryDelay);
			return;
		}
		// The database answers: a step that fails now is a real error, as it was before.
		runSteps();
		monitor();
	}

	private void runSteps() {
		this.steps.orderedStream().forEach(DatabaseSetupStep::run);
		this.status.ready();
	}

	private void retry() {
		try {
			this.driver.verifyConnectivity();
			runSteps();
			log.info("The database answers: its setup is done and Powermap serves it");
			monitor();
		}
		catch (RuntimeException ex) {
			if (DatabaseUnavailable.isCause(ex)) {
				this.status.unavailable(String.valueOf(ex.getMessage()));
				log.info("The database still cannot be reached; next attempt in {}", this.retryDelay);
			}
			else {
				this.status.setupFailed(String.valueOf(ex.getMessage()));
				log.error("The setup of the database failed; next attempt in {}", this.retryDelay, ex);
			}
			schedule(this::retry, this.retryDelay);
			Duration doubled = this.retryDelay.multipliedBy(2);
			this.retryDelay = (doubled.compareTo(this.settings.maxRetryDelay()) > 0) ? this.settings.maxRetryDelay()
					: doubled;
		}
	}

	private void monitor() {
		long interval = this.settings.checkInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
	}

	private void check() {
		try {
			this.driver.verifyConnectivity();
			this.status.available();
		}
		catch (RuntimeException ex) {
			this.status.unavailable(String.valueOf(ex.getMessage()));
		}
	}

	private void schedule(Runnable task, Duration delay) {
		this.executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
