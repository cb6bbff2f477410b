package dev.mlcareers.portal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The PostgreSQL server the repository and progress tests run on a second time: the one
 * named by {@value #URL_VARIABLE} (a JDBC URL of any database on it, such as
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), as a user that may create databases
 * ({@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}). {@code .ci/run} starts
 * Debian's. Each test context, and each test that starts the application itself, gets a
 * new database of its own, dropped when the test run ends.
 * <p>
 * The surefire execution {@code postgres} sets the system property {@value #SELECTOR} to
 * {@code postgres}; {@link PostgresContextCustomizerFactory} then points every test
 * context at such a database.
 */
public final class TestPostgres {

	public static final String URL_VARIABLE = "PORTAL_TEST_POSTGRES_URL";

	public static final String USER_VARIABLE = "PORTAL_TEST_POSTGRES_USER";

	public static final String PASSWORD_VARIABLE = "PORTAL_TEST_POSTGRES_PASSWORD";

	public static final String SELECTOR = "portal.test.database";

	public static final String INSTALL_HINT = "apt-get install -y postgresql, start it and set " + URL_VARIABLE + ", "
			+ USER_VARIABLE + " and " + PASSWORD_VARIABLE + " as .ci/run does";

	private static final Queue<String> created = new ConcurrentLinkedQueue<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropCreated, "drop-test-databases"));
	}

	private TestPostgres() {
	}

	/** Whether this test run is the one on PostgreSQL. */
	public static boolean selected() {
		return "postgres".equals(System.getProperty(SELECTOR));
	}

	/** Whether a server is named. */
	public static boolean available() {
		return System.getenv(URL_VARIABLE) != null;
	}

	/** A new, empty database on the server. */
	public static Database newDatabase() {
		if (!available()) {
			throw new IllegalStateException("No PostgreSQL for the tests: " + INSTALL_HINT);
		}
		String name = "portal_test_" + UUID.randomUUID().toString().replace("-", "");
		execute("CREATE DATABASE " + name);
		created.add(name);
		String server = System.getenv(URL_VARIABLE);
		return new Database(server.substring(0, server.lastIndexOf('/') + 1) + name, user(), password());
	}

	/** The server's own description of itself. */
	public static String version() {
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				var result = statement.executeQuery("SELECT version()")) {
			result.next();
			return result.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + System.getenv(URL_VARIABLE) + " does not answer", ex);
		}
	}

	private static void execute(String sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL refused: " + sql, ex);
		}
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(System.getenv(URL_VARIABLE), user(), password());
	}

	private static String user() {
		return System.getenv().getOrDefault(USER_VARIABLE, "portal");
	}

	private static String password() {
		return System.getenv().getOrDefault(PASSWORD_VARIABLE, "");
	}

	/**
	 * All at once: each drop waits for a checkpoint of the server's, and drops waiting
	 * together share one, where one after another they outlast the time Surefire and
	 * Failsafe give a test JVM to end (30 s) on a slow disk.
	 */
	private static void dropCreated() {
		List<Thread> drops = created.stream().map((name) -> new Thread(() -> {
			try {
				execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
			catch (IllegalStateException ex) {
				// The server went first; a fresh machine starts without these anyway.
			}
		}, "drop-" + name)).toList();
		drops.forEach(Thread::start);
		for (Thread drop : drops) {
			try {
				drop.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * A database on the server, and how the application reaches it.
	 *
	 * @param url its JDBC URL
	 * @param username the user
	 * @param password the password
	 */
	public record Database(String url, String username, String password) {

		/** As Spring properties. */
		public Map<String, Object> properties() {
			return Map.of("spring.datasource.url", this.url, "spring.datasource.username", this.username,
					"spring.datasource.password", this.password);
		}

		/** As command-line arguments of the application. */
		public List<String> arguments() {
			return properties().entrySet()
				.stream()
				.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
				.toList();
		}

	}

}
