package dev.mlcareers.portal.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A rendered response kept for the next request to the same address, byte for byte as it
 * was rendered. A page with a form holds the CSRF token its request was given; the page
 * is cut at each place that token stands, and every response gets its own request's token
 * there, so no two visitors share one. Such a page has no ETag and no compressed copy;
 * any other page that its handler let be stored downstream ({@code Cache-Control}) has
 * both, made once. A page kept for one visitor has neither.
 * <p>
 * A rendering that is not kept ({@link #servedOnce}) is served through the same class as
 * it was rendered: with its request's own token where it has a form, with its ETag where
 * a kept page would have one, and compressed only if its client accepts that.
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
			List<byte[]> segments = cut(rendered, csrfToken.getBytes(StandardCharsets.UTF_8));
			if (segments.size() == 1) {
				return null;
			}
			return new CachedPage(contentType, contentLanguage, cacheControl, vary, pathPattern, scope, segments, null,
					null);
		}
		CachedPage page = servedOnce(rendered, contentType, contentLanguage, cacheControl, vary, pathPattern, scope,
				null);
		return page.compressible() ? new CachedPage(contentType, contentLanguage, cacheControl, vary, pathPattern,
				scope, page.segments(), gzip(rendered), page.etag()) : page;
	}

	/**
	 * The page as rendered, to be served once and not kept: not cut at its token, not
	 * compressed until a client asks for that; {@code null} where {@link #of} gives
	 * {@code null}.
	 */
	static CachedPage servedOnce(byte[] rendered, String contentType, String contentLanguage, String cacheControl,
			String vary, String pathPattern, Scope scope, String csrfToken) {
		if (csrfToken != null) {
			if (indexOf(rendered, csrfToken.getBytes(StandardCharsets.UTF_8), 0) < 0) {
				return null;
			}
			// Its own request's token stands in it already: served as one segment, like a
			// page without a form, but with no tag.
			return new CachedPage(contentType, contentLanguage, cacheControl, vary, pathPattern, scope,
					List.of(rendered), null, null);
		}
		if (scope == Scope.ONE_VISITOR || cacheControl == null) {
			return new CachedPage(contentType, contentLanguage, cacheControl, vary, pathPattern, scope,
					List.of(rendered), null, null);
		}
		return new CachedPage(contentType, contentLanguage, cacheControl, vary, pathPattern, scope, List.of(rendered),
				null, tag(rendered));
	}

	/**
	 * A strong ETag for a body: a 128-bit MurmurHash3 of it, in hexadecimal, after the
	 * scheme's version ({@code 1}; MD5 was {@code 0}). A tag only has to tell one
	 * rendering of an address from another for the client that holds it, and this one
	 * costs a third of an MD5 digest: every page rendered for the cache, kept or served
	 * once, is hashed.
	 */
	static String tag(byte[] body) {
		long[] hash = MurmurHash3.hash128x64(body);
		HexFormat hex = HexFormat.of();
		return "\"1" + hex.toHexDigits(hash[0]) + hex.toHexDigits(hash[1]) + "\"";
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

	/**
	 * Whether the page has a compressed representation: it has an ETag, and is long
	 * enough for compressing to pay.
	 */
	boolean compressible() {
		return this.etag != null && length("") >= COMPRESS_FROM_BYTES;
	}

	/**
	 * The compressed copy: the one made when the page was kept, or for a page served
	 * once, made now (the same bytes, since the same body is compressed the same way).
	 */
	byte[] gzipped() {
		return (this.gzip != null) ? this.gzip : gzip(this.segments.get(0));
	}

	/** Roughly the memory the page takes, for the cache's bound. */
	int weight() {
		return length("") + ((this.gzip != null) ? this.gzip.length : 0);
	}

	/** The body cut at each place the token stands, without decoding it. */
	private static List<byte[]> cut(byte[] body, byte[] token) {
		List<byte[]> segments = new ArrayList<>();
		int from = 0;
		for (int at = indexOf(body, token, 0); at >= 0; at = indexOf(body, token, from)) {
			segments.add(Arrays.copyOfRange(body, from, at));
			from = at + token.length;
		}
		segments.add((from == 0) ? body : Arrays.copyOfRange(body, from, body.length));
		return List.copyOf(segments);
	}

	/**
	 * Where the bytes of the token first stand in the body from {@code from} on, or -1. A
	 * token's UTF-8 bytes stand in a UTF-8 body exactly where the token stands in its
	 * text.
	 */
	static int indexOf(byte[] body, byte[] token, int from) {
		if (token.length == 0) {
			return -1;
		}
		byte first = token[0];
		int last = body.length - token.length;
		for (int at = from; at <= last; at++) {
			if (body[at] == first && Arrays.equals(body, at + 1, at + token.length, token, 1, token.length)) {
				return at;
			}
		}
		return -1;
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
