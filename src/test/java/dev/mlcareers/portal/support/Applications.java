package dev.mlcareers.portal.support;

import java.util.ArrayList;
import java.util.List;

import dev.mlcareers.portal.PortalApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole portal started by a test itself, as {@code java -jar} starts it. */
public final class Applications {

	private Applications() {
	}

	/** The portal on a free port, with these command-line arguments. */
	public static ConfigurableApplicationContext start(List<String> arguments) {
		List<String> all = new ArrayList<>(arguments);
		all.add("--server.port=0");
		return new SpringApplicationBuilder(PortalApplication.class).run(all.toArray(String[]::new));
	}

	public static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	public static String baseUrl(ConfigurableApplicationContext context) {
		return "http://localhost:" + port(context);
	}

}
