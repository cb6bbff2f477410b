package dev.mlcareers.portal.industry;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;
import dev.mlcareers.portal.shared.ReadModel;

import org.springframework.stereotype.Service;

/** Read models about the industries and employers the documents name. */
@Service
public class IndustryService {

	private final IndustryRepository industries;

	private final IndustryUseCaseRepository useCases;

	private final EmployerRepository employers;

	private final SourceCatalog sources;

	IndustryService(IndustryRepository industries, IndustryUseCaseRepository useCases, EmployerRepository employers,
			SourceCatalog sources) {
		this.industries = industries;
		this.useCases = useCases;
		this.employers = employers;
		this.sources = sources;
	}

	@ReadModel("industries")
	public List<IndustryView> industries() {
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<String, List<SourcedText>> uses = this.useCases.findAllByOrderByIndustrySlugAscPositionAsc()
			.stream()
			.collect(Collectors.groupingBy(IndustryUseCase::getIndustrySlug, Collectors.mapping(
					(use) -> new SourcedText(use.getUseCase(), refs.get(use.getSourceId())), Collectors.toList())));
		return this.industries.findAllByOrderByPosition()
			.stream()
			.map((industry) -> new IndustryView(industry.getSlug(), industry.getName(),
					SourceCatalog.inCitationOrder(industry.getHiringSourceIds().stream().map(refs::get).toList()),
					List.copyOf(uses.getOrDefault(industry.getSlug(), List.of()))))
			.toList();
	}

	@ReadModel("employers")
	public List<EmployerView> employers() {
		Map<String, SourceRef> refs = this.sources.refsById();
		return this.employers.findAllByOrderByPosition()
			.stream()
			.map((employer) -> new EmployerView(employer.getSlug(), employer.getName(),
					employer.getMentions()
						.stream()
						.map((mention) -> new EmployerView.Mention(mention.context(), refs.get(mention.sourceId())))
						.sorted(Comparator.comparing((EmployerView.Mention mention) -> mention.context())
							.thenComparingInt((mention) -> mention.source().number()))
						.toList()))
			.toList();
	}

}
