package dev.mlcareers.portal.roadmap;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.HtmlValidator;
import dev.mlcareers.portal.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two browsers (two cookie jars) of one visitor, through the whole application with its
 * page cache: one makes a code, the other pairs with it, each sees the other's saves at
 * its next page, even where the page was kept for it; unlinking stops that. Nobody else
 * sees their list of browsers, under any spelling of the address. Behind a proxy on the
 * loopback address, which names each test browser's address: the limit of tries per
 * address is the other tests' to check.
 */
@ApplicationTest(properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
class DevicePairingApplicationTests {

	static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	static final Pattern CODE = Pattern.compile("id=\"pairing-code\">([0-9A-Z]{4}-[0-9A-Z]{4})<");

	static final Pattern UNLINK = Pattern.compile("action=\"(/devices/(\\d+)/unlink)\"");

	static final java.util.concurrent.atomic.AtomicInteger NEXT_ADDRESS = new java.util.concurrent.atomic.AtomicInteger();

	@LocalServerPort
	int port;

	@Test
	void twoBrowsersPairSaveThroughEachSeeEachOtherAndUnlink() {
		Visitor laptop = visitor();
		assertThat(saveStatus(laptop, 1, "done")).isEqualTo(302);
		assertThat(laptop.page(ROADMAP)).contains("1 of 12 steps done");
		assertThat(laptop.page(ROADMAP)).as("kept for the laptop").contains("1 of 12 steps done");

		HttpResponse<String> made = laptop.submit(ROADMAP, "/devices/code", Map.of());
		assertThat(made.statusCode()).isEqualTo(200);
		assertThat(made.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(made.body()).contains("<svg class=\"qr\"", "/pair?code=");
		assertThat(laptop.cookie(VisitorCookie.SAVED_NAME)).hasValueSatisfying(
				(tag) -> assertThat(tag).as("the laptop's pages follow the database now").endsWith(".linked"));
		String code = code(made.body());

		Visitor phone = visitor();
		String confirm = phone.page("/pair?code=" + code.toLowerCase().replace("-", ""));
		assertThat(confirm).contains("value=\"" + code + "\"");
		HttpResponse<String> paired = phone.submit("/pair", "/pair", Map.of("code", code.toLowerCase()));
		assertThat(paired.statusCode()).isEqualTo(302);
		assertThat(paired.headers().firstValue("Location").orElseThrow()).endsWith(ROADMAP + "?saved=paired");
		assertThat(phone.page(ROADMAP + "?saved=paired")).contains("Paired: this browser now shows",
				"1 of 12 steps done");

		assertThat(saveStatus(phone, 2, "done")).isEqualTo(302);
		assertThat(laptop.page(ROADMAP)).as("the laptop sees the phone's save at once").contains("2 of 12 steps done");
		assertThat(saveNote(laptop, 3, "Typed on the laptop")).isEqualTo(302);
		assertThat(phone.page(ROADMAP + "/steps/3")).contains(">Typed on the laptop</textarea>");
		assertThat(phone.page(ROADMAP)).contains("2 of 12 steps done");

		String laptopsOverview = laptop.page(ROADMAP);
		assertThat(laptopsOverview).contains("Browser 1 (this one)", "Browser 2", "Unlink this browser");
		HtmlValidator.assertValid(made.body(), "the code's page");
		HtmlValidator.assertValid(confirm, "/pair");
		HtmlValidator.assertValid(laptopsOverview, "the overview with two browsers");
		assertThat(phone.page(ROADMAP)).contains("Browser 1", "Browser 2 (this one)");

		HttpResponse<String> reused = visitor().submit("/pair", "/pair", Map.of("code", code));
		assertThat(reused.statusCode()).as("a code links one browser").isEqualTo(400);
		assertThat(reused.body()).contains("does not match any open code");

		// Laptop unlinks the phone: the phone shows nothing, the laptop keeps everything.
		Matcher unlink = UNLINK.matcher(laptopsOverview);
		List<String> actions = unlink.results().map((match) -> match.group(1)).toList();
		assertThat(actions).hasSize(2);
		HttpResponse<String> unlinked = laptop.submit(ROADMAP, actions.get(1), Map.of());
		assertThat(unlinked.statusCode()).isEqualTo(302);
		assertThat(unlinked.headers().firstValue("Location").orElseThrow()).endsWith("?saved=unlinked");
		assertThat(phone.page(ROADMAP)).as("the phone, unlinked").contains("0 of 12 steps done");
		assertThat(phone.page(ROADMAP + "/steps/3")).doesNotContain("Typed on the laptop");
		assertThat(laptop.page(ROADMAP)).contains("2 of 12 steps done").doesNotContain("Browser 2");
	}

	@Test
	void aBrowserUnlinksItselfAndTheOtherKeepsTheProgress() {
		Visitor laptop = visitor();
		saveStatus(laptop, 4, "in-progress");
		Visitor phone = pair(laptop);
		String phonesOverview = phone.page(ROADMAP);
		Matcher own = Pattern.compile("Browser 2 \\(this one\\)</span>[\\s\\S]*?action=\"(/devices/\\d+/unlink)\"")
			.matcher(phonesOverview);
		assertThat(own.find()).isTrue();
		HttpResponse<String> unlinked = phone.submit(ROADMAP, own.group(1), Map.of());
		assertThat(unlinked.headers().firstValue("Location").orElseThrow()).endsWith("?saved=unlinked-itself");
		assertThat(unlinked.headers().allValues("Set-Cookie"))
			.anyMatch((cookie) -> cookie.startsWith(VisitorCookie.NAME + "=;") && cookie.contains("Max-Age=0"));
		assertThat(laptop.page(ROADMAP)).contains("1 in progress").doesNotContain("Browser 2");
	}

	@Test
	void nobodyElseSeesTheListOfBrowsersWhateverTheSpelling() {
		Visitor laptop = visitor();
		saveStatus(laptop, 1, "done");
		Visitor phone = pair(laptop);
		assertThat(laptop.page(ROADMAP)).contains("Browser 2");
		assertThat(phone.page(ROADMAP)).contains("Browser 2 (this one)");
		Visitor stranger = visitor();
		saveStatus(stranger, 7, "skipped");
		for (Visitor other : List.of(stranger, visitor())) {
			for (String spelling : List.of(ROADMAP, ROADMAP + "/", ROADMAP + "?x=1",
					"/roadmaps/%6Dachine-learning-engineer", "/roadmaps/machine-learning-engineer;x=1",
					"//roadmaps/machine-learning-engineer")) {
				for (String accept : List.of("text/html", "*/*", "application/xhtml+xml")) {
					HttpResponse<String> seen = other.follow("GET", spelling, accept);
					assertThat(seen.body()).as("%s %s", spelling, accept)
						.doesNotContain("Browser 2", "1 of 12 steps done", "/unlink");
				}
			}
		}
		assertThat(laptop.page(ROADMAP)).contains("Browser 2");
	}

	@Test
	void aStaleCodeFromAnotherBrowserNeverLinksAndSaysWhy() {
		Visitor laptop = visitor();
		saveStatus(laptop, 1, "done");
		String first = code(laptop.submit(ROADMAP, "/devices/code", Map.of()).body());
		String second = code(laptop.submit(ROADMAP, "/devices/code", Map.of()).body());
		Visitor phone = visitor();
		HttpResponse<String> refused = phone.submit("/pair", "/pair", Map.of("code", first));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("replaced by a newer one", "aria-invalid=\"true\"");
		HtmlValidator.assertValid(refused.body(), "a refused code");
		assertThat(phone.hasCookie(VisitorCookie.NAME)).isFalse();
		assertThat(phone.submit("/pair", "/pair", Map.of("code", second)).statusCode()).isEqualTo(302);
	}

	private Visitor pair(Visitor from) {
		String code = code(from.submit(ROADMAP, "/devices/code", Map.of()).body());
		Visitor phone = visitor();
		assertThat(phone.submit("/pair", "/pair", Map.of("code", code)).statusCode()).isEqualTo(302);
		return phone;
	}

	private static String code(String page) {
		Matcher code = CODE.matcher(page);
		assertThat(code.find()).as("a code on the page").isTrue();
		return code.group(1);
	}

	private static int saveStatus(Visitor visitor, int step, String status) {
		return visitor
			.submit(ROADMAP + "/steps/" + step, ROADMAP + "/steps/" + step + "/progress", Map.of("status", status))
			.statusCode();
	}

	private static int saveNote(Visitor visitor, int step, String note) {
		return visitor.submit(ROADMAP + "/steps/" + step, ROADMAP + "/steps/" + step + "/note", Map.of("note", note))
			.statusCode();
	}

	/** A browser of its own, its forms from a client address of its own. */
	private Visitor visitor() {
		return new Visitor(base()).from("192.0.2." + NEXT_ADDRESS.incrementAndGet() % 250);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
