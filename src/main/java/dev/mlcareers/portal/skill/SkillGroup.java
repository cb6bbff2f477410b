package dev.mlcareers.portal.skill;

import java.util.List;

/** Skills of one category. */
public record SkillGroup<T>(SkillCategory category, List<T> skills) {
}
