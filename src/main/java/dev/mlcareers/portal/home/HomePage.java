package dev.mlcareers.portal.home;

import java.util.List;

import dev.mlcareers.portal.role.OutlookFigure;

/** What the home page shows. */
record HomePage(int roleCount, int roadmapStepCount, List<OutlookFigure> outlook) {
}
