package dev.mlcareers.portal.search;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.mlcareers.portal.roadmap.FlagshipLayout;
import dev.mlcareers.portal.system.SecurityConfig;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

@WebMvcTest(SearchController.class)
@Import({ SecurityConfig.class, FlagshipLayout.class })
class SearchControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SearchService search;

	@Test
	void showsResultsGroupedByKindWithTheirLinks() {
		given(this.search.search("pytor"))
			.willReturn(new SearchResults("pytor", List.of(new SearchGroup(SearchKind.SKILL,
					List.of(new SearchHit("/skills/pytorch", "<mark>PyTorch</mark>", "A framework."))))));
		assertThat(this.mvc.get().uri("/search?q=pytor")).hasStatusOk()
			.bodyText()
			.contains("<title>Search results for “pytor” · ML Careers Portal</title>")
			.contains("1 result for “pytor”")
			.contains("<h2 id=\"results-skill\">Skills and tools (1)</h2>")
			.contains("<a href=\"/skills/pytorch\"><mark>PyTorch</mark></a>");
	}

	@Test
	void offersSuggestionsWithoutAQuery() {
		assertThat(this.mvc.get().uri("/search")).hasStatusOk()
			.bodyText()
			.contains("Try a search", "href=\"/search?q=python\"");
		assertThat(this.mvc.get().uri("/search").param("q", "  ")).hasStatusOk().bodyText().contains("Try a search");
		then(this.search).should(never()).search(anyString());
	}

	@Test
	void saysSoWhenNothingMatchesAndEscapesTheQuery() {
		String hostile = "<script>alert('x')</script>";
		given(this.search.search(hostile)).willReturn(new SearchResults(hostile, List.of()));
		assertThat(this.mvc.get().uri(query(hostile))).hasStatusOk()
			.bodyText()
			.contains("Nothing matches “&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;”")
			.contains("Try a search")
			.doesNotContain("<script>alert");
	}

	@Test
	void refusesAQueryOver200CharactersWith400AndAMessage() {
		assertThat(this.mvc.get().uri(query("a".repeat(201)))).hasStatus(400)
			.bodyText()
			.contains("A search can be at most 200 characters long.")
			.contains("aria-invalid=\"true\"");
		assertThat(this.mvc.get().uri(query("🚀".repeat(200)))).hasStatusOk();
		then(this.search).should(never()).search("a".repeat(201));
	}

	/** The search's address for the query, encoded as a form in a browser encodes it. */
	private static URI query(String query) {
		return URI.create("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
	}

	@Test
	void redirectsEveryOtherSpellingOfAQueryToTheOneAFormSends() {
		assertThat(this.mvc.get().uri(URI.create("/search?q=%20machine%20learning%20&page=2"))).hasStatus(301)
			.hasHeader("Location", "/search?q=machine+learning");
		assertThat(this.mvc.get().uri(URI.create("/search?q="))).hasStatus(301).hasHeader("Location", "/search");
		assertThat(this.mvc.get().uri(URI.create("/search"))).hasStatusOk()
			.hasHeader("Cache-Control", "no-cache, public");
	}

}
