package dev.mlcareers.portal.rolecatalog;

import jakarta.persistence.Embeddable;

/** The name one document uses for a role. */
@Embeddable
record RoleName(String sourceId, String nameUsed) {
}
