package dev.mlcareers.portal.role;

import java.util.ArrayList;
import java.util.List;

import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;

/** Collects every document a role page cites, for its sources section. */
final class RolePageCitations {

	private RolePageCitations() {
	}

	static List<SourceRef> cited(RolePage page) {
		List<SourceRef> cited = new ArrayList<>();
		page.names().forEach((name) -> cited.addAll(name.sources()));
		page.overview().forEach((text) -> cited.add(text.source()));
		page.workEnvironment().forEach((text) -> cited.add(text.source()));
		if (page.workMix() != null) {
			cited.add(page.workMix().source());
		}
		page.duties().forEach((duty) -> cited.add(duty.source()));
		page.responsibilities().forEach((list) -> cited.add(list.source()));
		page.responsibilitiesByLevel().forEach((level) -> cited.add(level.level().source()));
		page.week().forEach((stage) -> cited.add(stage.level().source()));
		page.skills().forEach((group) -> group.skills().forEach((skill) -> cited.addAll(skill.namedBy())));
		page.education().degrees().forEach((degree) -> cited.add(degree.source()));
		page.education().credentialNotes().forEach((note) -> cited.add(note.source()));
		page.certifications().forEach((certification) -> cited.add(certification.source()));
		page.industries().forEach((industry) -> {
			cited.addAll(industry.hiringPer());
			industry.useCases().forEach((use) -> cited.add(use.source()));
		});
		page.employers().forEach((employer) -> employer.mentions().forEach((mention) -> cited.add(mention.source())));
		page.outlook().forEach((figure) -> cited.add(figure.source()));
		page.pay().forEach((band) -> cited.add(band.source()));
		page.ladder().comesFrom().forEach((link) -> cited.addAll(link.sources()));
		page.ladder().leadsTo().forEach((link) -> cited.addAll(link.sources()));
		page.roadmapSteps().stream().filter((step) -> !step.editorial()).forEach((step) -> cited.add(step.source()));
		page.tradeOffs().forEach((tradeOff) -> cited.add(tradeOff.source()));
		page.suits().forEach((text) -> cited.add(text.source()));
		page.notSuits().forEach((text) -> cited.add(text.source()));
		page.faqs().forEach((faq) -> {
			cited.add(faq.askedBy());
			cited.addAll(faq.answeredFrom());
		});
		return SourceCatalog.inCitationOrder(cited);
	}

}
