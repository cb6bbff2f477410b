package dev.mlcareers.portal.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser's worth of HTTP against a running application: its own cookies, and forms
 * submitted the way a browser submits them, with the CSRF token from the page.
 */
public final class Visitor {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private final Map<String, String> headers = new java.util.LinkedHashMap<>();

	/**
	 * The client address the visitor's forms come from, as a proxy in front of the portal
	 * would name it ({@code X-Forwarded-For}, which the portal trusts from the loopback
	 * address), or {@code null} for the test's own.
	 */
	private String clientAddress;

	public Visitor(String baseUrl) {
		this.baseUrl = baseUrl;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Visitors of another instance of the application, with this visitor's cookies. */
	public Visitor at(String otherBaseUrl) {
		Visitor other = new Visitor(otherBaseUrl);
		other.clientAddress = this.clientAddress;
		URI otherUri = URI.create(otherBaseUrl);
		for (HttpCookie cookie : this.cookies.getCookieStore().getCookies()) {
			other.cookies.getCookieStore().add(otherUri, cookie);
		}
		return other;
	}

	public HttpResponse<String> get(String path) {
		return send(
				HttpRequest.newBuilder(URI.create(this.baseUrl + path)).header("Accept", "text/html").GET().build());
	}

	/** The page's HTML, after checking it answered 200. */
	public String page(String path) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return response.body();
	}

	/**
	 * Submits a form on the page at {@code pagePath} to {@code action}, with the page's
	 * CSRF token.
	 */
	public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&", "_csrf=" + encode(csrfToken(pagePath)) + "&", ""));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (this.clientAddress != null) {
			request.header("X-Forwarded-For", this.clientAddress);
		}
		return send(request.build());
	}

	/**
	 * This visitor, sending its forms as from another client address (through a proxy),
	 * so that limits per address count them apart from other tests' visitors.
	 */
	public Visitor from(String address) {
		this.clientAddress = address;
		return this;
	}

	/**
	 * The answer to a request of any method and {@code Accept} at an address spelt
	 * exactly as given (percent-escapes and all), after following redirects as a browser
	 * does, with this visitor's cookies all the way.
	 */
	public HttpResponse<String> follow(String method, String path, String accept) {
		URI uri = URI.create(this.baseUrl + path);
		String current = method;
		for (int hop = 0; hop < 5; hop++) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
				.header("Accept", accept)
				.method(current, HttpRequest.BodyPublishers.noBody())
				.build());
			Optional<String> location = response.headers().firstValue("Location");
			if (response.statusCode() < 300 || response.statusCode() >= 400 || location.isEmpty()) {
				return response;
			}
			uri = uri.resolve(location.get());
			if (response.statusCode() == 303) {
				current = "GET";
			}
		}
		throw new AssertionError("more than five redirects from " + path);
	}

	/** Sets a cookie as if the site had, for a visitor who forges or copies one. */
	public Visitor withCookie(String name, String value) {
		HttpCookie cookie = new HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(URI.create(this.baseUrl), cookie);
		return this;
	}

	/** The CSRF token of the form on the page, as this visitor's browser has it. */
	public String csrfToken(String pagePath) {
		Matcher token = CSRF_FIELD.matcher(page(pagePath));
		assertThat(token.find()).as("a CSRF field on %s", pagePath).isTrue();
		return token.group(1);
	}

	/**
	 * A request of any method with this body and content type, as it is, with the headers
	 * this visitor sends with every such request.
	 */
	public HttpResponse<String> send(String method, String path, String body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", contentType)
			.header("Accept", "text/html")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		this.headers.forEach(request::header);
		return send(request.build());
	}

	/**
	 * A header to send with every request of
	 * {@link #send(String, String, String, String)}.
	 */
	public Visitor header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public boolean hasCookie(String name) {
		return this.cookies.getCookieStore().getCookies().stream().anyMatch((cookie) -> cookie.getName().equals(name));
	}

	/** The value of this visitor's cookie, if the site has set it. */
	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private HttpResponse<String> send(HttpRequest request) {
		return Http.send(this.http, request);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
