package com.powermap.base;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads are retried, writes are not: what {@link ReadRetries} does around
 * {@code @Transactional} methods, with a transaction manager that only counts and work
 * that fails as the driver does when the database is away.
 */
class ReadRetriesTests {

	AnnotationConfigApplicationContext context;

	Work work;

	CountingTransactions transactions;

	@BeforeEach
	void context() {
		this.context = new AnnotationConfigApplicationContext(Setup.class);
		this.work = this.context.getBean(Work.class);
		this.transactions = this.context.getBean(CountingTransactions.class);
	}

	@AfterEach
	void close() {
		this.context.close();
	}

	@Test
	void a_read_that_meets_an_unreachable_database_runs_again_in_a_new_transaction() {
		this.work.failures().add(unavailable());
		this.work.failures().add(new DataAccessResourceFailureException("lost", unavailable()));

		assertThat(this.work.read()).isEqualTo("read");

		assertThat(this.work.calls()).hasValue(3);
		assertThat(this.transactions.begun).hasValue(3);
	}

	@Test
	void a_read_gives_up_after_three_retries_with_the_drivers_failure() {
		for (int i = 0; i < 10; i++) {
			this.work.failures().add(unavailable());
		}

		assertThatThrownBy(this.work::read).isInstanceOf(ServiceUnavailableException.class);

		assertThat(this.work.calls()).hasValue(4);
	}

	@Test
	void a_read_that_fails_for_another_reason_is_not_retried() {
		this.work.failures().add(new ClientException("syntax error"));

		assertThatThrownBy(this.work::read).isInstanceOf(ClientException.class);

		assertThat(this.work.calls()).hasValue(1);
	}

	@Test
	void a_write_is_never_repeated() {
		this.work.failures().add(unavailable());

		assertThatThrownBy(this.work::write).isInstanceOf(ServiceUnavailableException.class);

		assertThat(this.work.calls()).hasValue(1);
		assertThat(this.transactions.begun).hasValue(1);
	}

	@Test
	void a_read_inside_a_write_fails_with_the_write() {
		this.work.failures().add(unavailable());

		assertThatThrownBy(() -> this.work.writeCalling(this.work::read))
			.isInstanceOf(ServiceUnavailableException.class);

		assertThat(this.work.calls()).hasValue(1);
	}

	private static ServiceUnavailableException unavailable() {
		return new ServiceUnavailableException("Unable to connect to localhost:7687");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableTransactionManagement
	@Import(ReadRetries.class)
	static class Setup {

		@Bean
		CountingTransactions transactionManager() {
			return new CountingTransactions();
		}

		@Bean
		Work work() {
			return new Work();
		}

	}

	static class Work {

		private final Deque<RuntimeException> failures = new ArrayDeque<>();

		private final AtomicInteger calls = new AtomicInteger();

		// Through methods: the test holds the proxy, whose own fields are empty.
		public Deque<RuntimeException> failures() {
			return this.failures;
		}

		public AtomicInteger calls() {
			return this.calls;
		}

		@Transactional(readOnly = true)
		public String read() {
			this.calls.incrementAndGet();
			RuntimeException failure = this.failures.poll();
			if (failure != null) {
				throw failure;
			}
			return "read";
		}

		@Transactional
		public String write() {
			return read();
		}

		@Transactional
		public String writeCalling(Supplier<String> inner) {
			return inner.get();
		}

	}

	/** Begins, commits and rolls back nothing, and counts. */
	static class CountingTransactions extends AbstractPlatformTransactionManager implements PlatformTransactionManager {

		final AtomicInteger begun = new AtomicInteger();

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
			this.begun.incrementAndGet();
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
