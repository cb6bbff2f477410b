package dev.mlcareers.portal.system;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** {@link VisitorPrivacyTests} with the page cache off. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "portal.page-cache.enabled=false")
class VisitorPrivacyUncachedTests extends VisitorPrivacyTests {

}
