package dev.mlcareers.portal.role;

import dev.mlcareers.portal.rolecatalog.Track;

import java.util.List;

/** The roles of one track. */
public record TrackGroup(Track track, List<RoleCard> roles) {
}
