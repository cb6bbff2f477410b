package dev.mlcareers.portal.support;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.h2.tools.Server;

/**
 * An H2 database run as a server in a directory, reached only through a
 * {@link FaultyLink} a test can cut or slow down: the embedded file cannot be taken away
 * from under the application, a server behind a link can.
 */
public final class LinkedH2 implements AutoCloseable {

	private final Server server;

	private final FaultyLink link;

	private LinkedH2(Server server) {
		this.server = server;
		this.link = new FaultyLink(server.getPort());
	}

	/** Starts the server (its threads daemons) for a database kept in this directory. */
	public static LinkedH2 start(Path directory) {
		try {
			return new LinkedH2(Server
				.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-baseDir", directory.toString(), "-ifNotExists")
				.start());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("H2 could not start as a server", ex);
		}
	}

	public FaultyLink link() {
		return this.link;
	}

	/**
	 * The data source settings that connect through the link, as property names and
	 * values.
	 */
	public Map<String, String> properties() {
		return Map.of("spring.datasource.url", "jdbc:h2:tcp://127.0.0.1:" + this.link.port() + "/portal",
				"spring.datasource.username", "portal", "spring.datasource.password", "");
	}

	/** The same settings as command-line arguments, for {@link Applications#start}. */
	public List<String> arguments() {
		return properties().entrySet().stream().map((entry) -> "--" + entry.getKey() + "=" + entry.getValue()).toList();
	}

	@Override
	public void close() {
		this.link.close();
		this.server.stop();
	}

}
