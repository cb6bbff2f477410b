package dev.mlcareers.portal.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a GET handler's page shows the data of the visitor whose cookies the
 * request carries, and depends on nothing else but its address. For a request that
 * carries cookies (other than the CSRF token's) the page is kept, if at all, for that
 * visitor alone, under the key of their data ({@link VisitorKeys}); for a request without
 * such cookies it shows nobody's data, and may be kept for every request that carries
 * none either. Its responses say {@code Vary: Cookie}. Those rendered from a visitor's
 * cookies, and those with a form, are marked by Spring Security not to be stored anywhere
 * else; with the page cache on (which holds a rendering until it is complete), the others
 * show nobody's data and say {@code no-cache, public}, with an ETag, as a shared page
 * does. The address is handled as for {@link SharedPage}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PersonalPage {

}
