package dev.mlcareers.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A real-browser journey: the whole application on a random port, driven through Debian's
 * headless Chromium. Test methods take a {@link Browser} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(BrowserExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public @interface BrowserTest {

}
