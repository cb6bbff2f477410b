package dev.mlcareers.portal.api;

import dev.mlcareers.portal.support.ApplicationTest;

/**
 * The API's whole contract, its ETags and 304 answers among it, with the page cache
 * switched off: in the application context {@code VisitorPrivacyUncachedTests} runs in,
 * declared with the same properties so that the two share it.
 */
@ApplicationTest(properties = "portal.page-cache.enabled=false")
class OpenDataApiWithoutPageCacheTests extends OpenDataApiTests {

}
