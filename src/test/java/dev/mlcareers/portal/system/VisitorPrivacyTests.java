package dev.mlcareers.portal.system;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.mlcareers.portal.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Two visitors and every spelling of every page that shows a visitor's data: visitor A
 * saves a note and a status no one else has, asks for each address twice (so any cache
 * could keep it), and visitor B, without a cookie, with a cookie of their own, or with a
 * forged one, asks for the same addresses and never sees A's note or status. Run with the
 * page cache on, off, and under a context path (the subclasses).
 */
abstract class VisitorPrivacyTests {

	static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	static final String CHECK = "/skills/check";

	/** What only a visitor's own skills check shows, beside the skills they have. */
	static final String SAID = "(you said so)";

	static final String LEARNED = "(learned on the roadmap";

	/** The mark a skill the visitor has gets on the role, skill and comparison pages. */
	static final String HAVE = "you have it";

	static final String ROLE = "/roles/machine-learning-engineer";

	static final String SKILL = "/skills/kubeflow";

	static final String COMPARE = "/roles/compare?roles=machine-learning-engineer&roles=data-scientist";

	static final List<String> ACCEPTS = List.of("text/html", "*/*", "application/json");

	@Value("http://localhost:${local.server.port}")
	String server;

	@Value("${server.servlet.context-path:}")
	String contextPath;

	@Autowired
	ObjectProvider<PageCache> pageCache;

	String note;

	Visitor alice;

	@BeforeEach
	void aliceSavesANoteAndAStatusNobodyElseHas() {
		this.note = "alice-" + UUID.randomUUID();
		this.alice = new Visitor(base());
		String step = ROADMAP + "/steps/3";
		assertThat(this.alice.submit(step, step + "/note", Map.of("note", this.note)).statusCode()).isEqualTo(302);
		assertThat(this.alice.submit(step, step + "/progress", Map.of("status", "done")).statusCode()).isEqualTo(302);
		assertThat(this.alice.page(step)).contains(this.note, "Status: Done");
		assertThat(this.alice.page(ROADMAP)).contains(this.note, "1 of 12 steps done");
		assertThat(this.alice.submit(CHECK + "/remember?have=kubeflow", CHECK, Map.of("have", "kubeflow")).statusCode())
			.isEqualTo(302);
		assertThat(this.alice.page(CHECK)).contains(SAID, LEARNED);
		for (String page : List.of(ROLE, SKILL, COMPARE)) {
			assertThat(this.alice.page(page)).as(page).contains(HAVE);
		}
	}

	@Test
	void noSpellingOfAVisitorsPageShowsTheirNoteOrStatusToAnotherVisitor() {
		List<String> addresses = spellings();
		for (String address : addresses) {
			for (String method : List.of("GET", "HEAD")) {
				for (String accept : ACCEPTS) {
					this.alice.follow(method, address, accept);
					this.alice.follow(method, address, accept);
				}
			}
		}
		// A sanity check: what Alice is shown at these addresses holds her data.
		assertThat(this.alice.follow("GET", "/%72oadmaps/machine-learning-engineer/steps/3?u=1", "text/html").body())
			.contains(this.note);
		assertThat(this.alice.follow("GET", ROADMAP + "/progress.json?u=1", "*/*").body()).contains(this.note);

		Visitor bob = new Visitor(base());
		String step = ROADMAP + "/steps/4";
		bob.submit(step, step + "/note", Map.of("note", "bob's own note"));
		String aliceTag = this.alice.cookie("mlc_saved").orElseThrow();
		List<Visitor> others = List.of(new Visitor(base()), bob,
				new Visitor(base()).withCookie("mlc_visitor", "f".repeat(43)).withCookie("mlc_saved", aliceTag),
				new Visitor(base()).withCookie("mlc_visitor", "not a token").withCookie("mlc_saved", aliceTag),
				new Visitor(base()).withCookie("mlc_saved", aliceTag));
		assertSoftly((softly) -> {
			for (Visitor other : others) {
				for (String address : addresses) {
					for (String method : List.of("GET", "HEAD")) {
						for (String accept : ACCEPTS) {
							HttpResponse<String> response = other.follow(method, address, accept);
							softly.assertThat(response.body())
								.as("%s %s (%s)", method, address, accept)
								.doesNotContain(this.note, "1 of 12 steps done", "Status: Done", SAID, LEARNED, HAVE);
							softly.assertThat(response.statusCode())
								.as("%s %s (%s)", method, address, accept)
								.isLessThan(500);
						}
					}
				}
			}
		});
	}

	/**
	 * The overview, a step, the reset confirmation and the export, each at its own
	 * address, with one letter percent-encoded in each path segment, with a leading zero,
	 * a trailing slash and extra query parameters.
	 */
	List<String> spellings() {
		List<String> spellings = new ArrayList<>();
		for (String page : List.of(ROADMAP, ROADMAP + "/steps/3", ROADMAP + "/reset", ROADMAP + "/progress.json", CHECK,
				ROLE, SKILL)) {
			spellings.add(page);
			String[] segments = page.substring(1).split("/");
			for (int i = 0; i < segments.length; i++) {
				String[] encoded = segments.clone();
				encoded[i] = "%" + Integer.toHexString(encoded[i].charAt(0)) + encoded[i].substring(1);
				spellings.add("/" + String.join("/", encoded));
			}
			spellings.add(page + "/");
			spellings.add(page + "?u=1");
			spellings.add(page + "?saved=note&u=2");
			spellings.add(page + "?");
		}
		spellings.add(ROADMAP + "/steps/03");
		spellings.add(ROADMAP + "/steps/3.0");
		spellings.add(ROADMAP.toUpperCase() + "/steps/3");
		spellings.add(ROADMAP + ";x=1/steps/3");
		spellings.add(CHECK + "?remembered=yes&u=2");
		spellings.add(CHECK + "?have=");
		spellings.add("/skills;x=1/check");
		spellings.add(COMPARE);
		spellings.add(COMPARE + "&u=1");
		spellings.add("/%72oles/compare?roles=data-scientist&roles=machine-learning-engineer");
		spellings.add("/roles/compare?roles=machine-learning-engineer&roles=data-scientist&basis=ppp");
		spellings.add("/roles/compare?roles=machine-learning-engineer&roles=data%2Dscientist");
		spellings.add("/roles/machine%2Dlearning-engineer");
		spellings.add("/skills/%6Bubeflow?u=1");
		spellings.add(extraSpellings());
		return spellings;
	}

	/**
	 * A spelling of a step page that only some contexts have (the home page where none).
	 */
	String extraSpellings() {
		return "/";
	}

	/** The portal's address, under its context path. */
	String base() {
		return this.server + this.contextPath;
	}

	@Test
	void aliceStillSeesHerOwnDataAtTheCanonicalAddresses() {
		assertThat(this.alice.follow("GET", ROADMAP + "/steps/3", "text/html").body()).contains(this.note);
		assertThat(this.alice.follow("GET", ROADMAP, "*/*").body()).contains(this.note, "1 of 12 steps done");
		assertThat(this.alice.follow("GET", CHECK, "text/html").body()).contains(SAID, LEARNED);
		assertThat(this.alice.follow("GET", ROLE + "?u=1", "text/html").body()).contains(HAVE);
		assertThat(this.alice.follow("GET", "/skills/%6Bubeflow?u=1", "*/*").body()).contains(HAVE, "(you said so)");
		assertThat(this.alice.follow("GET", "/skills/calculus", "text/html").body()).contains(HAVE,
				"(learned on the roadmap, step 3)");
		assertThat(this.alice.follow("GET", COMPARE + "&u=1", "text/html").body()).contains(HAVE);
		for (String page : List.of(ROLE, SKILL, COMPARE)) {
			assertThat(this.alice.get(page).headers().firstValue("Cache-Control")).as("%s, for Alice", page)
				.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
			HttpResponse<String> nobodys = new Visitor(base()).get(page);
			// With the page cache off, a page committed while its view renders might yet
			// be given a CSRF token, so it is not marked public.
			assertThat(nobodys.headers().firstValue("Cache-Control")).as("%s, for nobody", page)
				.hasValue((this.pageCache.getIfAvailable() != null) ? "no-cache, public"
						: "no-cache, no-store, max-age=0, must-revalidate");
			assertThat(nobodys.headers().allValues("Vary")).as(page)
				.anyMatch((vary) -> vary.toLowerCase(Locale.ROOT).contains("cookie"));
		}
	}

}
