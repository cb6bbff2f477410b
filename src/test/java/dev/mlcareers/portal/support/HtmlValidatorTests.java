package dev.mlcareers.portal.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlValidatorTests {

	@Test
	void acceptsAValidDocument() {
		assertThat(HtmlValidator.errors("""
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fine</title></head>
				<body><main><h1>Fine</h1></main></body></html>""")).isEmpty();
	}

	@Test
	void reportsErrors() {
		assertThat(HtmlValidator.errors("""
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Broken</title></head>
				<body><main><ul><div>not a list item</div></ul><a href="x" href="y">twice</a></main></body></html>"""))
			.contains("error");
	}

}
