package dev.mlcareers.portal.system;

import org.junit.jupiter.api.Test;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Connections are closed after each answer once the portal is stopping, not before. */
class GracefulStopConfigTests {

	@Test
	void answersSayConnectionCloseOnceThePortalIsStopping() throws Exception {
		GracefulStopConfig config = new GracefulStopConfig();
		GracefulStopConfig.ClosingConnections filter = config.closingConnectionsOnStop().getFilter();
		MockHttpServletResponse running = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/roles"), running, new MockFilterChain());
		assertThat(running.getHeader("Connection")).isNull();

		config.stopping(new ContextClosedEvent(new GenericApplicationContext()));
		MockHttpServletResponse stopping = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/roles"), stopping, new MockFilterChain());
		assertThat(stopping.getHeader("Connection")).isEqualTo("close");
	}

}
