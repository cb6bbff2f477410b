package dev.mlcareers.portal.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.mlcareers.portal.roadmap.RoadmapService;
import dev.mlcareers.portal.role.RoleService;
import dev.mlcareers.portal.shared.ReadModel;
import dev.mlcareers.portal.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link ReadModel read model} is built on one read-only connection, and once kept is
 * served with none.
 */
@ApplicationTest
@Import(ReadModelTests.CountedConnections.class)
class ReadModelTests {

	@Autowired
	CacheManager caches;

	@Autowired
	CountedConnections connections;

	@Autowired
	RoadmapService roadmaps;

	@Autowired
	RoleService roles;

	@BeforeEach
	void coldCaches() {
		this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
	}

	@Test
	void isBuiltInOneReadOnlyTransactionAndOnceKeptNeedsNoConnection() {
		this.connections.reset();
		assertThat(this.roadmaps.roadmap("machine-learning-engineer")).isPresent();
		assertThat(this.connections.taken.get()).as("connections for a roadmap's many queries").isOne();
		assertThat(this.connections.readOnly.get()).as("of them read-only").isOne();
		this.connections.reset();
		assertThat(this.roadmaps.roadmap("machine-learning-engineer")).isPresent();
		assertThat(this.connections.taken.get()).as("connections for a kept roadmap").isZero();
	}

	@Test
	void aPageFromReadModelsOfManyFeaturesTakesOneConnectionAndNoneOnceKept() {
		this.connections.reset();
		assertThat(this.roles.page("machine-learning-engineer")).isPresent();
		assertThat(this.connections.taken.get()).as("connections for a cold role page").isOne();
		assertThat(this.roles.index()).isNotEmpty();
		this.connections.reset();
		assertThat(this.roles.page("machine-learning-engineer")).isPresent();
		assertThat(this.roles.index()).isNotEmpty();
		assertThat(this.roles.roleCount()).isPositive();
		assertThat(this.connections.taken.get()).as("connections for kept read models").isZero();
	}

	/** Counts the connections taken from the pool, and those made read-only. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountedConnections {

		final AtomicInteger taken = new AtomicInteger();

		final AtomicInteger readOnly = new AtomicInteger();

		void reset() {
			this.taken.set(0);
			this.readOnly.set(0);
		}

		/**
		 * Counts at the pool itself: applied first, so that whatever else wraps the pool
		 * wraps the count (the bean method names the type: a priority is seen before the
		 * bean is made).
		 */
		@Bean
		static Counting countConnections(CountedConnections counts) {
			return new Counting(counts);
		}

		record Counting(CountedConnections counts) implements BeanPostProcessor, PriorityOrdered {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource) ? this.counts.counted(dataSource) : bean;
			}

			@Override
			public int getOrder() {
				return Ordered.HIGHEST_PRECEDENCE;
			}

		}

		private DataSource counted(DataSource dataSource) {
			return new DelegatingDataSource(dataSource) {

				@Override
				public Connection getConnection() throws SQLException {
					CountedConnections.this.taken.incrementAndGet();
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

}
