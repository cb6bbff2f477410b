package dev.mlcareers.portal.roadmap;

/**
 * What a save hands back to the page that made it, for the browser's cookies
 * ({@link VisitorCookie#write}): the token the browser now has, and whether the progress
 * may show on another browser too (then its pages are kept under the version the database
 * gives, as a save through another browser leaves this one's cookies as they are).
 */
public record SaveReceipt(VisitorToken token, boolean linked) {
}
