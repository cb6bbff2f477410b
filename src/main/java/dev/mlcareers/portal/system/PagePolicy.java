package dev.mlcareers.portal.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a handler declared of its page, left on the request for the page cache by
 * {@link PagePolicyInterceptor}; a request without one is private and never kept.
 */
enum PagePolicy {

	/** {@link SharedPage}: the same for every visitor. */
	SHARED,

	/**
	 * {@link PersonalPage}: the data of the visitor whose cookies the request carries.
	 */
	PERSONAL;

	static final String ATTRIBUTE = PagePolicy.class.getName();

	/** The policy declared for the request's page, or {@code null}. */
	static PagePolicy of(HttpServletRequest request) {
		return (PagePolicy) request.getAttribute(ATTRIBUTE);
	}

}
