package dev.mlcareers.portal.system;

/**
 * Published by the feature that keeps a visitor's data when it has deleted all of it:
 * every page this instance keeps for that visitor is dropped at once, whatever the
 * version of their data it showed ({@link VisitorKeys}). Other instances drop theirs
 * within {@code PageCache.VISITOR_PAGE_LIFETIME} of keeping them; the visitor's cookies
 * are cleared, so until then only someone who copied them could still ask.
 *
 * @param keyPrefix the start of every key {@link VisitorKeys} gave the visitor's data
 */
public record VisitorDataErased(String keyPrefix) {

}
