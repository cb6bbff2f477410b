package dev.mlcareers.portal.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a GET handler's page is the same for every visitor: it reads no cookie
 * and nothing about who asks, and has no form that posts (a page with a CSRF token is not
 * the same for everyone). Its responses say {@code Cache-Control: no-cache, public}
 * (unless the handler sets its own), and the page cache may keep them for everyone under
 * the page's canonical address ({@link PageAddress}). A request at another spelling of
 * the address is redirected there (301) or, for a handler that writes its own body,
 * answered without being kept. If the handler reads a cookie after all, the page is kept
 * only for requests that carry no visitor's cookies, and only if its own request carried
 * none. Handlers without this (or {@link PersonalPage}) are private: never kept, and
 * marked not to be stored.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SharedPage {

}
