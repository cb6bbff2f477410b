package dev.mlcareers.portal.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.springframework.util.DigestUtils;

/**
 * A rendered response kept for the next request to the same address, byte for byte as it
 * was rendered. A page with a form holds the CSRF token its request was given; the page
 * is cut at each place that token stands, and every response gets its own request's token
 * there, so no two visitors share one. Such a page has no ETag and no compressed copy;
 * any other page that its handler let be stored downstream ({@code Cache-Control}) has
 * both, made once. A page kept for one visitor has neither.
 *
 * @param contentType the response's content type
 * @param contentLanguage the response's {@code Content-Language}, or {@code null}
 * @param cacheControl the {@code Cache-Control} its handler set, or {@code null}
 * @param vary what its handler said the response varies by, or {@code null}
 * @param pathPattern the pattern of the handler that rendered it, or {@code null}
 * @param scope who may be served it
 * @param segments the body, cut where the CSRF token goes
 * @param gzip the body compressed, or {@code null}
 * @param etag a strong ETag of the body, or {@code null}
 */
record CachedPage(String contentType, String contentLanguage, String cacheControl, String vary, String pathPattern,
		Scope scope, List<byte[]> segments, byte[] gzip, String etag) {

	/** Below this size compressing saves less than it costs the client. */
	static final int COMPRESS_FROM_BYTES = 1024;

	/**
	 * The page as rendered, cut at its request's CSRF token if the rendering asked for
	 * one; {@code null} if it asked for one that the page does not hold (it cannot then
	 * be known where the token went, so the page is not kept).
	 * @param csrfToken the token the rendering was given, or {@code null} if it asked for
	 * none
	 */
	static CachedPage of(byte[] rendered, String contentType, String contentLanguage, String cacheControl, String vary,
			String pathPattern, Scope scope, String csrfToken) {
		if (csrfToken != null) {
			String text = new String(rendered, StandardCharsets.UTF_8);
			String[] parts = text.split(Pattern.quote(csrfToken), -1);
			if (parts.length == 1) {
				return null;
			}
			List<byte[]> segments = new ArrayList<>(parts.length);
			for (String part : parts) {
				segments.add(part.getBytes(StandardCharsets.UTF_8));
			}
			return new CachedPage(contentType, contentLanguage, cacheControl, vary, pathPattern, scope,
					List.copyOf(segments), null, null);
		}
		if (scope == Scope.ONE_VISITOR || cacheControl == null) {
			return new CachedPage(contentType, contentLanguage, cacheControl, vary, pathPattern, scope,
					List.of(rendered), null, null);
		}
		return new CachedPage(contentType, contentLanguage, cacheControl, vary, pathPattern, scope, List.of(rendered),
				(rendered.length >= COMPRESS_FROM_BYTES) ? gzip(rendered) : null,
				"\"0" + DigestUtils.md5DigestAsHex(rendered) + "\"");
	}

	/** Whether the page holds a form, and so gets each response's own CSRF token. */
	boolean hasFormToken() {
		return this.segments.size() > 1;
	}

	/**
	 * Whether the page may be stored by caches after this one: not one visitor's, without
	 * a form token, and with its handler's {@code Cache-Control}.
	 */
	boolean storableDownstream() {
		return this.etag != null;
	}

	/** The body's length with this token in each place the rendered token was. */
	int length(String csrfToken) {
		int length = 0;
		for (byte[] segment : this.segments) {
			length += segment.length;
		}
		return length + (this.segments.size() - 1) * csrfToken.getBytes(StandardCharsets.UTF_8).length;
	}

	void writeTo(OutputStream out, String csrfToken) throws IOException {
		byte[] token = csrfToken.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < this.segments.size(); i++) {
			if (i > 0) {
				out.write(token);
			}
			out.write(this.segments.get(i));
		}
	}

	/** The ETag of the compressed copy: another representation, so another tag. */
	String gzipEtag() {
		return this.etag.substring(0, this.etag.length() - 1) + "-gzip\"";
	}

	/** Roughly the memory the page takes, for the cache's bound. */
	int weight() {
		return length("") + ((this.gzip != null) ? this.gzip.length : 0);
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return compressed.toByteArray();
	}

	/** Who a kept page may be served to. */
	enum Scope {

		/** Every request: the page's handler read no cookie. */
		EVERYONE,

		/**
		 * Requests that carry no visitor's cookies: the page's handler read the cookies
		 * of a request that carried none, so it shows nobody's data.
		 */
		WITHOUT_VISITOR_COOKIES,

		/** The one visitor whose key it is kept under. */
		ONE_VISITOR

	}

}
