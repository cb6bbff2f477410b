package dev.mlcareers.portal.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet and icon: linked by names that carry their content's hash, and kept by
 * browsers and CDNs for a year.
 */
@ApplicationTest
class StaticAssetsTests {

	static final Pattern STYLESHEET = Pattern.compile("href=\"(/assets/css/site-[0-9a-f]{32}\\.css)\"");

	static final Pattern ICON = Pattern.compile("href=\"(/assets/favicon-[0-9a-f]{32}\\.svg)\"");

	@Autowired
	RestTestClient client;

	@Test
	void linksFingerprintedAssetsThatAreKeptForAYear() {
		String html = Pages.html(this.client, "/", 200);
		for (Pattern asset : new Pattern[] { STYLESHEET, ICON }) {
			Matcher link = asset.matcher(html);
			assertThat(link.find()).as(asset.pattern()).isTrue();
			this.client.get()
				.uri(link.group(1))
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("Cache-Control", "max-age=31536000, public, immutable");
		}
		Matcher stylesheet = STYLESHEET.matcher(html);
		assertThat(stylesheet.find()).isTrue();
		this.client.get()
			.uri(stylesheet.group(1))
			.exchange()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.valueOf("text/css"));
	}

	@Test
	void servesFilesOnlyUnderAssets() {
		this.client.get().uri("/css/site.css").exchange().expectStatus().isNotFound();
		this.client.get().uri("/favicon.svg").exchange().expectStatus().isNotFound();
	}

}
