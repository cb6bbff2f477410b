package dev.mlcareers.portal.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * In the test run on PostgreSQL ({@link TestPostgres#selected()}), points every test
 * context at a new database of its own, and tells the JPA slices to keep it rather than
 * put an embedded one in its place. Ordered last, so that its properties come before
 * those that test annotations map.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestPostgres.selected() ? new OwnDatabase() : null;
	}

	/** Equal to every other, so it never keeps contexts from being shared. */
	record OwnDatabase() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase().properties());
			properties.put("spring.test.database.replace", "none");
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("portal-test-postgres", properties));
		}

	}

}
