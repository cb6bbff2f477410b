package dev.mlcareers.portal.role;

import jakarta.persistence.Embeddable;

/** The name one document uses for a role. */
@Embeddable
public record RoleName(String sourceId, String nameUsed) {
}
