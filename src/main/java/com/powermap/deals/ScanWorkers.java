package com.powermap.deals;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * The threads that analyse the batches of portfolio scans: a fixed number for all scans
 * of this instance together, so that many users scanning at once queue instead of
 * starting threads without bound. Each scan keeps at most {@link #threads()} of its
 * batches submitted, so that scans running at the same time take turns.
 */
@Component
class ScanWorkers implements AutoCloseable {

	private final int threads;

	private final ExecutorService pool;

	ScanWorkers(ScanSettings settings) {
		this.threads = settings.effectiveThreads();
		AtomicInteger count = new AtomicInteger();
		ThreadFactory factory = (task) -> {
			Thread thread = new Thread(task, "powermap-scan-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		this.pool = Executors.newFixedThreadPool(this.threads, factory);
	}

	/** How many batches a scan may have submitted at once. */
	int threads() {
		return this.threads;
	}

	<T> Future<T> submit(Callable<T> batch) {
		return this.pool.submit(batch);
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
	}

}
