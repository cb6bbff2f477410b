package dev.mlcareers.portal.certification;

import java.util.List;

import dev.mlcareers.portal.roadmap.StepTopicNames;

import org.springframework.stereotype.Component;

/** Certification names for the roadmap's steps, in the documents' order. */
@Component
class CertificationNamesForRoadmap implements StepTopicNames {

	private final CertificationRepository certifications;

	CertificationNamesForRoadmap(CertificationRepository certifications) {
		this.certifications = certifications;
	}

	@Override
	public Topic topic() {
		return Topic.CERTIFICATION;
	}

	@Override
	public List<Named> namesInOrder() {
		return this.certifications.findAllByOrderByPosition()
			.stream()
			.map((certification) -> new Named(certification.getSlug(), certification.getName()))
			.toList();
	}

}
