package dev.mlcareers.portal.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged jar in {@code target/} started with {@code java -jar} in a JVM of its own,
 * on a free port, its output in a file; closing it stops the JVM. For Failsafe, which
 * runs after {@code package}.
 */
public final class RunningJar implements AutoCloseable {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Duration START = Duration.ofSeconds(120);

	private final Process process;

	private final Path log;

	private int port;

	private RunningJar(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts the jar in this directory with these JVM options and arguments, and waits
	 * until its web server has started.
	 */
	public static RunningJar start(Path directory, List<String> jvmOptions, List<String> arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar().toString(), "--server.port=0"));
		command.addAll(arguments);
		Path log = directory.resolve("portal-" + System.nanoTime() + ".log");
		RunningJar started = new RunningJar(new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start(), log);
		Instant deadline = Instant.now().plus(START);
		while (Instant.now().isBefore(deadline)) {
			Matcher port = PORT.matcher(started.log());
			if (port.find()) {
				started.port = Integer.parseInt(port.group(1));
				return started;
			}
			if (!started.process.isAlive()) {
				break;
			}
			Thread.sleep(100);
		}
		String output = started.log();
		started.close();
		throw new AssertionError("The jar did not start:\n" + output);
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target").toAbsolutePath())) {
			return files.filter((file) -> file.getFileName().toString().matches("ml-careers-portal-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"));
		}
	}

	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** What it has written so far. */
	public String log() throws IOException {
		return Files.readString(this.log);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
