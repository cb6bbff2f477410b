package dev.mlcareers.portal.support.nu;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import nu.validator.messages.MessageEmitterAdapter;
import nu.validator.messages.TextMessageEmitter;
import nu.validator.servlet.imagereview.ImageCollector;
import nu.validator.source.SourceCode;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.InputSource;

/**
 * Runs inside HtmlValidator's own class loader, next to the Nu Html Checker and its Jetty
 * 11 libraries; it must use nothing but the JDK and the checker.
 */
public final class NuCheck {

	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private NuCheck() {
	}

	/** The checker's error report for the document; empty when it has no error. */
	public static synchronized String errors(String html) throws Exception {
		ByteArrayOutputStream report = new ByteArrayOutputStream();
		SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
		SourceCode sourceCode = validator.getSourceCode();
		MessageEmitterAdapter errorHandler = new MessageEmitterAdapter(null, sourceCode, false,
				new ImageCollector(sourceCode), 0, true, new TextMessageEmitter(report, true));
		errorHandler.setErrorsOnly(true);
		errorHandler.setHtml(true);
		errorHandler.start(null);
		validator.setUpMainSchema(HTML_SCHEMA, errorHandler);
		validator.setUpValidatorAndParsers(errorHandler, false, false);
		validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		errorHandler.end("", "", "");
		int errors = errorHandler.getErrors() + errorHandler.getFatalErrors();
		return (errors == 0) ? "" : errors + " error(s):\n" + report.toString(StandardCharsets.UTF_8);
	}

}
