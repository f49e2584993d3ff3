package com.powermap.base;

import java.lang.reflect.Method;
import java.time.Duration;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads are retried, writes are not: a method of Powermap marked
 * {@code @Transactional(readOnly = true)} whose transaction fails because the database
 * could not be reached, the connection was lost or the server called the failure
 * transient runs again, in a new transaction, up to three more times over about a second
 * and a half. The retry wraps the transaction (so each attempt has its own) and only the
 * outermost one: a read called inside another transaction fails with it. A write
 * ({@code @Transactional} without readOnly) fails at once and says so; it is never
 * repeated behind the caller's back.
 */
@Configuration(proxyBeanMethods = false)
class ReadRetries {

	static final RetryPolicy POLICY = RetryPolicy.builder()
		.maxRetries(3)
		.delay(Duration.ofMillis(200))
		.multiplier(2)
		.predicate(DatabaseUnavailable::isRetryable)
		.build();

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor readRetryAdvisor() {
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new ReadOnlyTransactions(),
				new RetryingInterceptor(new RetryTemplate(POLICY)));
		// Outside the transaction interceptor, so that each attempt gets a new
		// transaction.
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

	/** The methods of Powermap's own classes that run in a read-only transaction. */
	static final class ReadOnlyTransactions extends StaticMethodMatcherPointcut {

		private final AnnotationTransactionAttributeSource transactions = new AnnotationTransactionAttributeSource();

		@Override
		public boolean matches(Method method, Class<?> targetClass) {
			if (!targetClass.getName().startsWith("com.powermap.")) {
				return false;
			}
			TransactionAttribute attribute = this.transactions.getTransactionAttribute(method, targetClass);
			return attribute != null && attribute.isReadOnly();
		}

	}

	static final class RetryingInterceptor implements MethodInterceptor {

		private final RetryTemplate retries;

		RetryingInterceptor(RetryTemplate retries) {
			this.retries = retries;
		}

		@Override
		public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
			if (TransactionSynchronizationManager.isActualTransactionActive()
					|| !(invocation instanceof ProxyMethodInvocation proxied)) {
				return invocation.proceed();
			}
			try {
				return this.retries.execute(() -> proxied.invocableClone().proceed());
			}
			catch (RetryException ex) {
				throw ex.getCause();
			}
		}

	}

}
