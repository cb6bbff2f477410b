package dev.mlcareers.portal.system;

import dev.mlcareers.portal.support.ApplicationTest;

/** {@link VisitorPrivacyTests} with the page cache off. */
@ApplicationTest(properties = "portal.page-cache.enabled=false")
class VisitorPrivacyUncachedTests extends VisitorPrivacyTests {

}
