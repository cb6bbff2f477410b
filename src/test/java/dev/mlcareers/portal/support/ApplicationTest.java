package dev.mlcareers.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.mlcareers.portal.system.ApplicationTestBeans;
import org.junit.jupiter.api.Tag;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A full-application test: the whole portal on a random port, with a
 * {@code RestTestClient} for it. Every such test without properties or beans of its own
 * shares one application context (Spring's test context cache), so the portal starts once
 * for all of them. The beans some tests need (failing handlers, a watch on the pool's
 * connections) are in every such context ({@link ApplicationTestBeans}) for the same
 * reason. Tagged {@value #TAG}: Failsafe runs it in {@code ./mvnw verify}, and the fast
 * {@code ./mvnw test} leaves it out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(ApplicationTest.TAG)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(ApplicationTestBeans.class)
public @interface ApplicationTest {

	/** The tag of the tests that start the whole application (pom.xml, Failsafe). */
	String TAG = "application";

	/**
	 * Properties of this test's own; each different set costs an application start of its
	 * own.
	 * @return the properties, as {@code key=value}
	 */
	@AliasFor(annotation = SpringBootTest.class)
	String[] properties() default {};

}
