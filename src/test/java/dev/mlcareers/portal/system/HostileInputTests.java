package dev.mlcareers.portal.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Http;
import dev.mlcareers.portal.support.Visitor;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Every route and parameter against hostile input: overlong values, Unicode edge cases,
 * path traversal, SQL, HTML, template and header injection, wrong methods and content
 * types, huge bodies, malformed requests. Never a 5xx, never a stack trace, never the
 * input echoed unescaped, and nothing saved. ({@code OPTIONS} is answered, with
 * {@code Allow}.)
 */
@ApplicationTest
class HostileInputTests {

	static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	static final String SCRIPT = "<script>alert(1)</script>";

	static final List<String> VALUES = List.of("x".repeat(10_000), SCRIPT, "\"><img src=x onerror=alert(1)>",
			"' OR '1'='1' --", "1; DROP TABLE visitor; --", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
			"\u0000", "\u202Eevil", "\uD83D\uDE00\u0301\u200D", "\uFFFF\uFFFE", "%", "%zz", "0", "-1",
			"99999999999999999999", "1e3", " ", "\r\nSet-Cookie: a=b", "{{7*7}}", "${7*7}", "[[${7*7}]]");

	/** Addresses that take a value in their path, and their parameters. */
	static final List<String> PATHS = List.of("/roles/", "/skills/", "/certifications/", ROADMAP + "/steps/",
			"/roadmaps/", "/api/v1/roles/", "/api/v1/skills/", "/api/v1/certifications/", "/api/v1/roadmaps/");

	static final List<String> QUERIES = List.of("/search?q=", "/salaries?role=", "/salaries?regions=",
			"/salaries?basis=", "/salaries?level=", "/salaries.csv?role=", "/api/v1/salaries?level=",
			ROADMAP + "?saved=", ROADMAP + "/steps/1?saved=", "/roles?page=");

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Value("http://localhost:${local.server.port}")
	String base;

	@Value("${local.server.port}")
	int port;

	@Test
	void answersHostileValuesInPathsAndQueriesWithoutFailingOrEchoingThem() {
		List<String> addresses = new ArrayList<>();
		for (String value : VALUES) {
			String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
			PATHS.forEach((path) -> addresses.add(path + encoded));
			QUERIES.forEach((query) -> addresses.add(query + encoded));
		}
		assertSoftly((softly) -> {
			for (String address : addresses) {
				for (String accept : List.of("text/html", "application/json", "*/*")) {
					HttpResponse<String> response = send(
							HttpRequest.newBuilder(URI.create(this.base + address)).header("Accept", accept).build());
					softly.assertThat(response.statusCode())
						.as("GET %s (%s)", shorten(address), accept)
						.isLessThan(500);
					softly.assertThat(response.body())
						.as("GET %s (%s)", shorten(address), accept)
						.doesNotContain(SCRIPT, "<img src=x", "Exception", "\tat ");
					softly.assertThat(response.headers().allValues("Set-Cookie"))
						.as("GET %s", shorten(address))
						.noneMatch((cookie) -> cookie.startsWith("a="));
				}
			}
		});
	}

	@Test
	void refusesWrongMethodsWith405EvenWithAValidCsrfToken() {
		Visitor visitor = new Visitor(this.base);
		String token = visitor.csrfToken(ROADMAP + "/steps/1");
		// In the header: no form body of these methods is read (a form cannot send them).
		visitor.header("X-XSRF-TOKEN", token);
		assertSoftly((softly) -> {
			for (String path : List.of("/", "/roles", "/roles/machine-learning-engineer", "/salaries", "/search?q=ml",
					ROADMAP, ROADMAP + "/steps/1", ROADMAP + "/steps/1/progress", "/api/v1/roles",
					"/api/v1/salaries")) {
				for (String method : List.of("PUT", "DELETE", "PATCH")) {
					HttpResponse<String> response = visitor.send(method, path, "_csrf=" + token + "&status=done",
							"application/x-www-form-urlencoded");
					softly.assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(405);
					softly.assertThat(response.headers().firstValue("Allow")).as("%s %s", method, path).isPresent();
					softly.assertThat(response.body()).as("%s %s", method, path).doesNotContain("Exception", "\tat ");
				}
			}
			for (String method : List.of("PUT", "DELETE", "PATCH")) {
				HttpResponse<String> undecodable = visitor.send(method, "/roles", "a=%zz&b=%E9",
						"application/x-www-form-urlencoded");
				softly.assertThat(undecodable.statusCode())
					.as("%s /roles, a body that cannot be decoded", method)
					.isEqualTo(405);
				softly
					.assertThat(new Visitor(this.base)
						.send(method, "/roles", "_csrf=" + token + "&a=%zz", "application/x-www-form-urlencoded")
						.statusCode())
					.as("%s /roles, without the token's cookie", method)
					.isEqualTo(403);
			}
			// TRACE is an HTTP method no address takes; PROPFIND is none of HTTP's,
			// and the firewall refuses it before anything else looks at the request.
			softly
				.assertThat(visitor.send("TRACE", "/roles", "_csrf=" + token, "application/x-www-form-urlencoded")
					.statusCode())
				.as("TRACE /roles")
				.isEqualTo(405);
			softly
				.assertThat(visitor.send("PROPFIND", "/roles", "_csrf=" + token, "application/x-www-form-urlencoded")
					.statusCode())
				.as("PROPFIND /roles")
				.isEqualTo(400);
			softly.assertThat(visitor.hasCookie("mlc_visitor")).as("nothing saved").isFalse();
		});
	}

	@Test
	void refusesAFormOfTheWrongContentTypeWith415OrABrokenOneWith400EvenWithAValidCsrfToken() {
		Visitor visitor = new Visitor(this.base);
		String token = visitor.csrfToken(ROADMAP + "/steps/1");
		// The token goes in its header too: a body that is not a form has no _csrf field.
		visitor.header("X-XSRF-TOKEN", token);
		String form = "_csrf=" + token + "&status=done";
		assertSoftly((softly) -> {
			for (String type : List.of("application/json", "text/xml", "text/plain")) {
				HttpResponse<String> response = visitor.send("POST", ROADMAP + "/steps/1/progress", form, type);
				softly.assertThat(response.statusCode()).as("POST as %s", type).isEqualTo(415);
				softly.assertThat(response.body()).as("POST as %s", type).doesNotContain("Exception", "\tat ");
			}
			HttpResponse<String> multipart = visitor.send("POST", ROADMAP + "/steps/1/progress", form,
					"multipart/form-data; boundary=x");
			softly.assertThat(multipart.statusCode()).as("POST as a multipart").isEqualTo(415);
			HttpResponse<String> notAFile = visitor.send("POST", ROADMAP + "/import", form,
					"multipart/form-data; boundary=x");
			softly.assertThat(notAFile.statusCode()).as("an import that is not a multipart body").isEqualTo(400);
			HttpResponse<String> charset = visitor.send("POST", ROADMAP + "/steps/1/note",
					"_csrf=" + token + "&note=%E9", "application/x-www-form-urlencoded; charset=nonsense");
			// A charset no one knows makes the content type unreadable, as any other
			// would be.
			softly.assertThat(charset.statusCode()).as("POST in an unknown charset").isEqualTo(415);
			softly.assertThat(visitor.hasCookie("mlc_visitor")).as("nothing saved").isFalse();
		});
		HttpResponse<String> proper = visitor.send("POST", ROADMAP + "/steps/1/progress", form,
				"application/x-www-form-urlencoded");
		assertThat(proper.statusCode()).as("the same request as a form is saved").isEqualTo(302);
		assertThat(visitor.hasCookie("mlc_visitor")).isTrue();
	}

	@Test
	void answersAQueryTheServerCannotDecodeWith400AProblemOnTheApi() {
		// The last two: names with a control character, which the firewall refuses once
		// the handler reads every parameter.
		for (String query : List.of("role=%E9", "regions=%zz", "basis=%", "%0A=1", "level=senior&a%00b=1")) {
			String response = raw("GET /api/v1/salaries?" + query
					+ " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
			assertThat(response).as(query)
				.startsWith("HTTP/1.1 400")
				.contains("Content-Type: application/problem+json");
			assertThat(response.substring(response.indexOf("\r\n\r\n"))).as(query)
				.doesNotContain("Exception", "%E9", "%zz");
		}
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void answersParametersTheServerCannotReadWithTheSitesPageAndNoErrorInTheLog(CapturedOutput output) {
		assertSoftly((softly) -> {
			for (String target : List.of("/search?q=%zz", "/search?q=%E9", "/salaries?role=%E9",
					"/salaries?role=data-scientist&regions=%", "/roles/compare?roles=%zz",
					ROADMAP + "/steps/1?saved=%zz", "/salaries?%0A=1")) {
				String response = raw("GET " + target
						+ " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
				softly.assertThat(response).as(target).startsWith("HTTP/1.1 400");
				softly.assertThat(response).as(target).contains("That request could not be understood");
				assertTheSitesErrorPage(softly, "GET " + target, response);
			}
		});
		// A form with its CSRF token in the header, as a script would send it: the
		// handler is the first to read the body.
		Visitor visitor = new Visitor(this.base);
		String step = ROADMAP + "/steps/1";
		visitor.header("X-XSRF-TOKEN", visitor.csrfToken(step));
		for (String body : List.of("note=%zz", "note=%E9", "note=" + "n".repeat(2_000_000))) {
			HttpResponse<String> refused = visitor.send("POST", step + "/note", body,
					"application/x-www-form-urlencoded");
			String what = "POST " + step + "/note " + body.substring(0, Math.min(body.length(), 10));
			assertThat(refused.statusCode()).as(what).isEqualTo(body.length() > 1_000_000 ? 413 : 400);
			assertThat(refused.body()).as(what)
				.contains("<main id=\"main\"", "class=\"site-footer\"")
				.doesNotContain("Exception", "%zz", "nnnnnnnnnn");
		}
		// Requests that say they are multipart and are not: Spring MVC reads their parts
		// before any handler, whatever the method and address.
		String cut = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n\r\nabc";
		String search = "/search?q=unread" + System.nanoTime();
		for (List<String> request : List.of(List.of("GET", search, "", "multipart/form-data"),
				List.of("GET", "/roles/compare?roles=data-scientist&u=" + System.nanoTime(), "", "multipart/foo"),
				List.of("POST", ROADMAP + "/import", cut, "multipart/form-data; boundary=x"),
				List.of("POST", step + "/note", "", "multipart/form-data"),
				List.of("PUT", "/roles", "", "multipart/form-data"))) {
			HttpResponse<String> refused = visitor.send(request.get(0), request.get(1), request.get(2), request.get(3));
			String what = request.get(0) + " " + request.get(1) + " as " + request.get(3);
			assertThat(refused.statusCode()).as(what).isEqualTo(400);
			assertThat(refused.body()).as(what)
				.contains("<main id=\"main\"", "class=\"site-footer\"")
				.doesNotContain("Exception");
		}
		for (String type : List.of("multipart/form-data", "multipart/form-data; boundary=x")) {
			String api = raw(
					"POST /api/v1/roles HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n" + "Content-Type: "
							+ type + "\r\nContent-Length: " + cut.length() + "\r\nConnection: close\r\n\r\n" + cut);
			assertThat(api).as("the API, " + type).startsWith("HTTP/1.1 400").contains("application/problem+json");
		}
		// An address never asked before, so that no kept answer is served in its place.
		assertThat(raw("GET /api/v1/roles?u=" + System.nanoTime()
				+ " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
				+ "Content-Type: multipart/form-data\r\nConnection: close\r\n\r\n"))
			.as("GET on the API, multipart without a boundary")
			.startsWith("HTTP/1.1 400")
			.contains("application/problem+json");
		assertThat(visitor.hasCookie("mlc_visitor")).as("nothing saved").isFalse();
		// A client's mistake: not an error of the portal's, with a stack trace per
		// request.
		assertThat(output.getAll()).doesNotContain("InvalidParameterException", "Servlet.service()",
				"API request failed");
		assertThat(output.getAll().lines().filter((line) -> line.contains(" ERROR ") && line.contains("-exec-")))
			.as("errors logged while answering requests")
			.isEmpty();
	}

	@Test
	void refusesHugeBodiesAndOverlongNotesBeforeSavingAnything() {
		Visitor visitor = new Visitor(this.base);
		String step = ROADMAP + "/steps/1";
		assertThat(visitor.submit(step, step + "/note", java.util.Map.of("note", "n".repeat(3_000_000))).statusCode())
			.isEqualTo(413);
		assertThat(
				visitor.submit(step, step + "/progress", java.util.Map.of("status", "d".repeat(500_000))).statusCode())
			.isEqualTo(400);
		assertThat(visitor.submit(step, step + "/note", java.util.Map.of("note", SCRIPT.repeat(300))).statusCode())
			.isEqualTo(400);
		assertThat(visitor.hasCookie("mlc_visitor")).isFalse();
	}

	@Test
	void answersMalformedRequestsWithA4xxAndNoStackTrace() {
		assertSoftly((softly) -> {
			for (String target : List.of("/%zz", "/a%00b", "/roles/%2F..%2Fetc", "/roles/..;/..;/etc/passwd",
					"/roles/machine-learning-engineer;jsessionid=x", "//roles", "/roles/%C0%AE%C0%AE/",
					"/search?q=%E0%A4%A", "/search?q=%ED%A0%80", "/" + "a".repeat(20_000))) {
				String response = raw("GET " + target
						+ " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
				int status = Integer.parseInt(response.substring(9, 12));
				softly.assertThat(status).as("GET %s", shorten(target)).isBetween(400, 499);
				softly.assertThat(response).as("GET %s", shorten(target)).doesNotContain("Exception", "\tat ");
				assertTheSitesErrorPage(softly, "GET " + shorten(target), response);
			}
			String header = raw("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "h".repeat(100_000)
					+ "\r\nConnection: close\r\n\r\n");
			softly.assertThat(header).startsWith("HTTP/1.1 4");
			assertTheSitesErrorPage(softly, "an over-long header", header);
			String method = raw("GE(T / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			softly.assertThat(method).startsWith("HTTP/1.1 400");
			assertTheSitesErrorPage(softly, "a bad method token", method);
			for (String target : List.of("/api/v1/skills/a%2Fb", "/api/v1/skills/%E2%28%A1", "/%61pi/v1/roles/%zz")) {
				String api = raw("GET " + target
						+ " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
				softly.assertThat(api).as("GET %s", target).startsWith("HTTP/1.1 400");
				softly.assertThat(api.toLowerCase(Locale.ROOT))
					.as("GET %s", target)
					.contains("content-type: application/problem+json")
					.contains("\"status\":400")
					.doesNotContain("tomcat", "a%2fb", "%zz");
			}
			String garbage = raw("\u0001\u0002 NOT HTTP\r\n\r\n");
			softly.assertThat(garbage.isEmpty() || garbage.startsWith("HTTP/1.1 400"))
				.as("garbage: %s", garbage)
				.isTrue();
		});
	}

	/**
	 * Whether a refusal, whoever made it (Tomcat before the portal, Spring Security's
	 * firewall, the portal), is the site's error page with the headers every page has,
	 * without a version string.
	 */
	private static void assertTheSitesErrorPage(SoftAssertions softly, String what, String response) {
		String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
		softly.assertThat(head)
			.as("%s: headers", what)
			.contains("content-type: text/html;charset=utf-8")
			.contains("content-security-policy: " + SecurityConfig.CONTENT_SECURITY_POLICY.toLowerCase(Locale.ROOT))
			.contains("x-content-type-options: nosniff");
		softly.assertThat(response)
			.as("%s: the site's page", what)
			.contains("<main id=\"main\"", "class=\"site-footer\"", "<a href=\"" + ROADMAP + "\"")
			.doesNotContain("Tomcat", "HTTP Status");
	}

	@Test
	void answersACookieThatCannotBeDecodedAsIfItWereNotThere() {
		assertSoftly((softly) -> {
			for (String target : List.of("/roles/machine-learning-engineer", "/skills/python", "/skills/check",
					"/roles/compare?roles=machine-learning-engineer&roles=data-scientist",
					"/roadmaps/machine-learning-engineer/steps/3", "/roadmaps/machine-learning-engineer/reset",
					"/privacy/delete")) {
				for (String cookie : List.of("mlc_visitor=%zz", "mlc_visitor=%%%; mlc_saved=%E0%A4%A")) {
					String response = raw(
							"GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nCookie: " + cookie
									+ "\r\nConnection: close\r\n\r\n");
					softly.assertThat(response)
						.as("GET %s with %s", target, cookie)
						.startsWith("HTTP/1.1 200")
						.doesNotContain("Exception");
				}
			}
		});
	}

	@Test
	void answersTheErrorPagesOwnAddressAsAnyUnknownOne() {
		for (String accept : List.of("text/html", "application/json", "*/*")) {
			HttpResponse<String> response = send(
					HttpRequest.newBuilder(URI.create(this.base + "/error")).header("Accept", accept).GET().build());
			assertThat(response.statusCode()).as("GET /error, Accept %s", accept).isEqualTo(404);
			assertThat(response.body()).doesNotContain("999", "None");
		}
	}

	private HttpResponse<String> send(HttpRequest request) {
		return Http.send(this.http, request);
	}

	/** The whole response to bytes sent as they are, without any client's checks. */
	private String raw(String request) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			return response.toString(StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String shorten(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "…" : text;
	}

}
