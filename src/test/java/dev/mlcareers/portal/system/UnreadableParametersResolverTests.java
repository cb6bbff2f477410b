package dev.mlcareers.portal.system;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.WebUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures {@link UnreadableParametersResolver} answers, and with what. */
class UnreadableParametersResolverTests {

	final UnreadableParametersResolver resolver = new UnreadableParametersResolver();

	@Test
	void keepsTomcatsClientStatusAndAnswers400ForAnyOther() {
		assertThat(UnreadableParametersResolver.status(new InvalidParameterException("bad", 400))).isEqualTo(400);
		assertThat(UnreadableParametersResolver.status(new InvalidParameterException("too big", 413))).isEqualTo(413);
		assertThat(UnreadableParametersResolver.status(new InvalidParameterException("odd", 500))).isEqualTo(400);
		assertThat(UnreadableParametersResolver.status(new InvalidParameterException("none"))).isEqualTo(400);
		assertThat(UnreadableParametersResolver.status(new MultipartException("no boundary"))).isEqualTo(400);
	}

	@Test
	void leavesEveryOtherFailureToTheNextResolver() {
		assertThat(UnreadableParametersResolver.status(new MaxUploadSizeExceededException(1024))).isZero();
		assertThat(UnreadableParametersResolver.status(new IllegalStateException("ours"))).isZero();
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(this.resolver.resolveException(new MockHttpServletRequest(), response, null,
				new IllegalStateException("ours")))
			.isNull();
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void sendsTheErrorSoThatTheSitesErrorPageAnswers() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(this.resolver.resolveException(new MockHttpServletRequest("GET", "/search"), response, null,
				new InvalidParameterException("Character decoding failed. Parameter [q] with value [%zz]", 400)))
			.isNotNull();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getErrorMessage()).isNull();
	}

	@Test
	void recordsAMultipartFailureSoThatTheErrorPageDoesNotReadThePartsAgain() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST",
				"/roadmaps/machine-learning-engineer/import");
		MultipartException failure = new MultipartException("cut short");
		this.resolver.resolveException(request, new MockHttpServletResponse(), null, failure);
		assertThat(request.getAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE)).isSameAs(failure);
	}

	@Test
	void stepsAsideWhenTheResponseIsAlreadyCommitted() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setCommitted(true);
		assertThat(this.resolver.resolveException(new MockHttpServletRequest(), response, null,
				new InvalidParameterException("bad", 400)))
			.isNull();
	}

}
