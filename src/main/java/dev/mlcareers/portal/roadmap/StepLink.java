package dev.mlcareers.portal.roadmap;

/** A roadmap step as other pages link to it. */
public record StepLink(String roadmapSlug, int number, String title) {
}
