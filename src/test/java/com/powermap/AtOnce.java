package com.powermap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs tasks at the same moment, each on a thread of its own, as the test's user: for
 * tests of what concurrent users see.
 */
public final class AtOnce {

	private AtOnce() {
	}

	/**
	 * Starts every task together and waits for all of them.
	 * @return what each task returned, in the order of the tasks
	 * @throws java.util.concurrent.ExecutionException when a task threw
	 */
	public static <T> List<T> run(List<Callable<T>> tasks) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(tasks.size()),
				SecurityContextHolder.getContext());
		try {
			List<Future<T>> outcomes = new ArrayList<>();
			for (Callable<T> task : tasks) {
				outcomes.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> outcome : outcomes) {
				results.add(outcome.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
