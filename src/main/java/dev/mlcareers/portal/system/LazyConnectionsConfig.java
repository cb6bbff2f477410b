package dev.mlcareers.portal.system;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * A transaction takes a connection from the pool at its first statement, not when it
 * begins. A read model built only from read models already kept (a salary comparison from
 * the kept figures, say, or the answer that a role does not exist) then needs no
 * connection: it is answered while the database is away, and holds no connection it does
 * not use while the pool is busy.
 */
@Configuration(proxyBeanMethods = false)
class LazyConnectionsConfig {

	@Bean
	static BeanPostProcessor lazyConnections() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (beanName.equals("dataSource") && bean instanceof DataSource dataSource
						&& !(bean instanceof LazyConnectionDataSourceProxy)) {
					LazyConnectionDataSourceProxy lazy = new LazyConnectionDataSourceProxy(dataSource);
					// Learn the driver's defaults now: a transaction asks for them
					// as it begins, and would take a connection to learn them.
					lazy.checkDefaultConnectionProperties();
					return lazy;
				}
				return bean;
			}

		};
	}

}
