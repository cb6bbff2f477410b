package dev.mlcareers.portal.system;

import dev.mlcareers.portal.roadmap.RoadmapService;
import dev.mlcareers.portal.role.RoleService;
import dev.mlcareers.portal.shared.ReadModel;
import dev.mlcareers.portal.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link ReadModel read model} is built on one read-only connection, and once kept is
 * served with none.
 */
@ApplicationTest
class ReadModelTests {

	@Autowired
	CacheManager caches;

	@Autowired
	WatchedConnections connections;

	@Autowired
	RoadmapService roadmaps;

	@Autowired
	RoleService roles;

	@BeforeEach
	void coldCaches() {
		this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
	}

	@AfterEach
	void stopWatching() {
		this.connections.stop();
	}

	@Test
	void isBuiltInOneReadOnlyTransactionAndOnceKeptNeedsNoConnection() {
		this.connections.start();
		assertThat(this.roadmaps.roadmap("machine-learning-engineer")).isPresent();
		assertThat(this.connections.taken.get()).as("connections for a roadmap's many queries").isOne();
		assertThat(this.connections.readOnly.get()).as("of them read-only").isOne();
		this.connections.start();
		assertThat(this.roadmaps.roadmap("machine-learning-engineer")).isPresent();
		assertThat(this.connections.taken.get()).as("connections for a kept roadmap").isZero();
	}

	@Test
	void aPageFromReadModelsOfManyFeaturesTakesOneConnectionAndNoneOnceKept() {
		this.connections.start();
		assertThat(this.roles.page("machine-learning-engineer")).isPresent();
		assertThat(this.connections.taken.get()).as("connections for a cold role page").isOne();
		assertThat(this.roles.index()).isNotEmpty();
		this.connections.start();
		assertThat(this.roles.page("machine-learning-engineer")).isPresent();
		assertThat(this.roles.index()).isNotEmpty();
		assertThat(this.roles.roleCount()).isPositive();
		assertThat(this.connections.taken.get()).as("connections for kept read models").isZero();
	}

}
