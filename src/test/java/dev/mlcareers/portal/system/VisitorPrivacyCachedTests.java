package dev.mlcareers.portal.system;

import java.util.List;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link VisitorPrivacyTests} with the page cache on; and every spelling of a shared page
 * leads to the one canonical page, kept once.
 */
@ApplicationTest
class VisitorPrivacyCachedTests extends VisitorPrivacyTests {

	@Autowired
	PageCache pages;

	@Test
	void keepsOneEntryPerSharedPageHoweverItsAddressIsSpelt() {
		Visitor anyone = new Visitor(base());
		assertOneEntry(anyone, "text/html", "/roles/machine-learning-engineer", "/%72oles/machine-learning-engineer",
				"/roles/%6dachine-learning-engineer", "/roles/machine-learning-engineer?utm_source=x",
				"/roles/machine-learning-engineer?", "/%72oles/machine-learning-engineer?a=1&b=2");
		assertOneEntry(anyone, "text/html", "/salaries?basis=ppp", "/salaries?regions=in&regions=us&basis=ppp",
				"/salaries?basis=ppp&regions=us&regions=in", "/salaries?basis=ppp&basis=ppp&level=",
				"/salaries?role=machine-learning-engineer&basis=ppp&x=1", "/%73alaries?basis=%70pp");
		assertOneEntry(anyone, "text/html", "/search?q=machine+learning", "/search?q=%20machine%20learning%20",
				"/search?x=1&q=machine+learning", "/search?q=machine%20learning");
		// The API answers other spellings in full, without keeping them.
		assertOneEntry(anyone, "application/json", "/api/v1/roles", "/api/v1/roles?x=1", "/%61pi/v1/roles");
	}

	private void assertOneEntry(Visitor visitor, String accept, String canonical, String... others) {
		this.pages.clear();
		String page = visitor.follow("GET", canonical, accept).body();
		for (String other : others) {
			assertThat(visitor.follow("GET", other, accept).body()).as(other).isEqualTo(page);
			assertThat(visitor.follow("GET", other, accept).body()).as(other).isEqualTo(page);
		}
		assertThat(this.pages.sizes()).as("pages kept after %s", List.of(others)).containsExactly(1, 0);
	}

}
