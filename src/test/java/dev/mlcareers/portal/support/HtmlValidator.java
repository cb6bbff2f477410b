package dev.mlcareers.portal.support;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.mlcareers.portal.support.nu.NuCheck;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu), offline and in-process. It
 * needs the Jetty 11 client, which would clash with the Jetty 12 that Spring's HTTP
 * clients detect, so it runs in a class loader of its own over the jars Maven copies to
 * {@code target/nu-validator}.
 */
public final class HtmlValidator {

	private static Method check;

	private HtmlValidator() {
	}

	/** Fails with the checker's messages when the document has any error. */
	public static void assertValid(String html, String description) {
		assertThat(errors(html)).as("Nu Html Checker on %s", description).isEmpty();
	}

	static String errors(String html) {
		try {
			return (String) checkMethod().invoke(null, html);
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("The Nu Html Checker failed", ex.getCause());
		}
		catch (ReflectiveOperationException | IOException ex) {
			throw new IllegalStateException("The Nu Html Checker could not be loaded", ex);
		}
	}

	private static synchronized Method checkMethod() throws IOException, ReflectiveOperationException {
		if (check == null) {
			List<URL> urls = new ArrayList<>();
			urls.add(NuCheck.class.getProtectionDomain().getCodeSource().getLocation());
			Path jars = Path.of(System.getProperty("nu-validator.classpath", "target/nu-validator"));
			try (Stream<Path> files = Files.list(jars)) {
				for (Path jar : files.filter((file) -> file.toString().endsWith(".jar")).toList()) {
					urls.add(toUrl(jar));
				}
			}
			ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
			check = loader.loadClass(NuCheck.class.getName()).getMethod("errors", String.class);
		}
		return check;
	}

	private static URL toUrl(Path jar) throws MalformedURLException {
		return jar.toUri().toURL();
	}

}
