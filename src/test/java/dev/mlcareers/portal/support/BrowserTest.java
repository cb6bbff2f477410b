package dev.mlcareers.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real-browser journey: the whole application on a random port, driven through Debian's
 * headless Chromium. Test methods take a {@link Browser} parameter. It shares the
 * application context of the other {@link ApplicationTest}s.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(BrowserExtension.class)
@ApplicationTest
public @interface BrowserTest {

}
