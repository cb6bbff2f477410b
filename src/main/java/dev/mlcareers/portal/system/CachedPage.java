package dev.mlcareers.portal.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.springframework.util.DigestUtils;

/**
 * A rendered response kept for the next request to the same address. A page with a form
 * holds the CSRF token it was rendered with; that token is cut out, and every response
 * gets its own request's token in its place, so no two visitors share one. Such a page
 * has no ETag and no compressed copy; any other shared page has both, made once. A page
 * kept for one visitor only has neither.
 *
 * @param contentType the response's content type
 * @param contentLanguage the response's {@code Content-Language}, or {@code null}
 * @param cacheControl the response's own {@code Cache-Control}, or {@code null}
 * @param pathPattern the pattern of the handler that rendered it, or {@code null}
 * @param segments the body, split where the CSRF token goes
 * @param gzip the body compressed, or {@code null}
 * @param etag a strong ETag of the body, or {@code null}
 */
record CachedPage(String contentType, String contentLanguage, String cacheControl, String pathPattern,
		List<byte[]> segments, byte[] gzip, String etag) {

	/** Below this size compressing saves less than it costs the client. */
	static final int COMPRESS_FROM_BYTES = 1024;

	private static final Pattern INDENTATION = Pattern.compile("[ \\t]*\\n\\s*");

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/**
	 * The page as rendered; with an ETag and a compressed copy only if it is
	 * {@code shared} by every visitor and has no form.
	 */
	static CachedPage of(byte[] rendered, String contentType, String contentLanguage, String cacheControl,
			String pathPattern, boolean shared) {
		String text = new String(rendered, StandardCharsets.UTF_8);
		byte[] body = rendered;
		if (contentType.startsWith("text/html")) {
			text = withoutIndentation(text);
			body = text.getBytes(StandardCharsets.UTF_8);
		}
		Matcher csrf = CSRF_INPUT.matcher(text);
		if (csrf.find()) {
			List<byte[]> segments = new ArrayList<>();
			for (String part : text.split(Pattern.quote(csrf.group(1)), -1)) {
				segments.add(part.getBytes(StandardCharsets.UTF_8));
			}
			return new CachedPage(contentType, contentLanguage, cacheControl, pathPattern, List.copyOf(segments), null,
					null);
		}
		if (!shared) {
			return new CachedPage(contentType, contentLanguage, cacheControl, pathPattern, List.of(body), null, null);
		}
		return new CachedPage(contentType, contentLanguage, cacheControl, pathPattern, List.of(body),
				(body.length >= COMPRESS_FROM_BYTES) ? gzip(body) : null,
				"\"0" + DigestUtils.md5DigestAsHex(body) + "\"");
	}

	/**
	 * The HTML without the templates' indentation: each line break with the blanks around
	 * it becomes one line break, which a browser shows exactly as it showed the blanks.
	 * Left alone where blanks matter ({@code pre}, {@code textarea}).
	 */
	static String withoutIndentation(String html) {
		if (html.contains("<pre") || html.contains("<textarea")) {
			return html;
		}
		return INDENTATION.matcher(html).replaceAll("\n");
	}

	/** Whether the page holds a form, and so a token of its own per response. */
	boolean personal() {
		return this.segments.size() > 1;
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

}
