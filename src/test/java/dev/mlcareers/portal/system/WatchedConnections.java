package dev.mlcareers.portal.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool's connections, watched at the pool itself: from {@link #start()} to
 * {@link #stop()}, counts those taken and those made read-only, and refuses every one
 * while the database is {@link #down}. In every full-application test's context
 * ({@link ApplicationTestBeans}), so that the tests that watch connections share the
 * application context of the rest; while not watching, it hands out the pool's own
 * connections, untouched.
 */
@TestConfiguration(proxyBeanMethods = false)
class WatchedConnections {

	final AtomicInteger taken = new AtomicInteger();

	final AtomicInteger readOnly = new AtomicInteger();

	volatile boolean down;

	private volatile boolean watching;

	/** Starts watching, or starts counting again from zero. */
	void start() {
		this.taken.set(0);
		this.readOnly.set(0);
		this.watching = true;
	}

	/** Stops watching: the pool's own connections again, and none refused. */
	void stop() {
		this.watching = false;
		this.down = false;
	}

	/**
	 * Applied first, so that it wraps the pool and is wrapped by the rest (the bean
	 * method names the type: a priority is seen before the bean is made).
	 */
	@Bean
	static Watching watchConnections(WatchedConnections connections) {
		return new Watching(connections);
	}

	record Watching(WatchedConnections connections) implements BeanPostProcessor, PriorityOrdered {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			return (bean instanceof DataSource dataSource) ? this.connections.watched(dataSource) : bean;
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

	private DataSource watched(DataSource dataSource) {
		return new DelegatingDataSource(dataSource) {

			@Override
			public Connection getConnection() throws SQLException {
				if (!WatchedConnections.this.watching) {
					return super.getConnection();
				}
				WatchedConnections.this.taken.incrementAndGet();
				if (WatchedConnections.this.down) {
					throw new SQLTransientConnectionException("Test: the database is down");
				}
				return watched(super.getConnection());
			}

		};
	}

	private Connection watched(Connection connection) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, arguments) -> {
					if (method.getName().equals("setReadOnly") && Boolean.TRUE.equals(arguments[0])) {
						this.readOnly.incrementAndGet();
					}
					try {
						return method.invoke(connection, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
