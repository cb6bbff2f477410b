package dev.mlcareers.portal.api;

import org.springframework.test.context.TestPropertySource;

/**
 * The API's whole contract, its ETags and 304 answers among it, with the page cache
 * switched off.
 */
@TestPropertySource(properties = "portal.page-cache.enabled=false")
class OpenDataApiWithoutPageCacheTests extends OpenDataApiTests {

}
