package dev.mlcareers.portal.role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.mlcareers.portal.education.DegreeView;
import dev.mlcareers.portal.level.LevelText;
import dev.mlcareers.portal.salary.PayBand;
import dev.mlcareers.portal.shared.PublicAddress;
import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.shared.StructuredData;
import dev.mlcareers.portal.shared.StructuredData.Link;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourceWorks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A role page's schema.org data: the role as an {@code Occupation} with what the page
 * shows of it (its summary, the regions with pay figures, each pay figure as the document
 * gives it, the skills, the degrees, the responsibilities and the certifications), citing
 * the documents the page cites, and the page's breadcrumbs as a {@code BreadcrumbList}.
 * Nothing the page does not show.
 * <p>
 * Each pay figure is a {@code MonetaryAmount} whose {@code value} is a
 * {@code QuantitativeValue} per {@code YEAR}: its minimum and maximum as the document
 * gives them (no maximum for an open top), or the document's average as the value. Not a
 * {@code MonetaryAmountDistribution}: that type has percentiles and a median, and the
 * documents give neither, so writing their bounds or averages there would misstate them.
 */
@Component
class RoleStructuredData {

	private final MessageSource messages;

	private final LevelText levels;

	private final SourceWorks works;

	private final PublicAddress address;

	RoleStructuredData(MessageSource messages, LevelText levels, SourceWorks works, PublicAddress address) {
		this.messages = messages;
		this.levels = levels;
		this.works = works;
		this.address = address;
	}

	/** The page's data, for {@link dev.mlcareers.portal.shared.StructuredData#of}. */
	Map<String, Object> of(RolePage page) {
		RoleCard role = page.overview().role();
		String url = this.address.of("/roles/" + role.slug());
		Map<String, Object> occupation = new LinkedHashMap<>();
		occupation.put("@type", "Occupation");
		occupation.put("@id", url + "#occupation");
		occupation.put("name", role.title());
		occupation.put("description", role.summary());
		occupation.put("url", url);
		List<PayBand> pay = page.market().pay();
		Set<Region> regions = new LinkedHashSet<>();
		pay.forEach((band) -> regions.add(band.region()));
		if (!regions.isEmpty()) {
			occupation.put("occupationLocation", regions.stream().map(this::place).toList());
			occupation.put("estimatedSalary", pay.stream().map(this::amount).toList());
		}
		List<String> skills = page.qualifications()
			.skills()
			.stream()
			.flatMap((group) -> group.skills().stream())
			.map((skill) -> skill.name())
			.distinct()
			.toList();
		if (!skills.isEmpty()) {
			occupation.put("skills", skills);
		}
		List<String> degrees = page.qualifications().education().degrees().stream().map(this::degree).toList();
		if (!degrees.isEmpty()) {
			occupation.put("educationRequirements", degrees);
		}
		List<String> responsibilities = new ArrayList<>();
		page.work()
			.responsibilities()
			.forEach((list) -> list.items().forEach((item) -> responsibilities.add(item.text())));
		if (!responsibilities.isEmpty()) {
			occupation.put("responsibilities", responsibilities);
		}
		List<Map<String, Object>> credentials = page.qualifications().certifications().stream().map((certification) -> {
			Map<String, Object> credential = new LinkedHashMap<>();
			credential.put("@type", "EducationalOccupationalCredential");
			credential.put("name", certification.name());
			credential.put("credentialCategory", "certificate");
			credential.put("url", this.address.of("/certifications/" + certification.slug()));
			if (certification.issuer() != null) {
				credential.put("recognizedBy", Map.of("@type", "Organization", "name", certification.issuer()));
			}
			return credential;
		}).toList();
		if (!credentials.isEmpty()) {
			occupation.put("qualifications", credentials);
		}
		occupation.put("citation", citations(page.sources()));

		return StructuredData.graph(occupation,
				StructuredData.breadcrumbs(List.of(new Link(message("breadcrumb.home"), this.address.of("/")),
						new Link(message("roles.heading"), this.address.of("/roles")), new Link(role.title(), url))));
	}

	private Map<String, Object> place(Region region) {
		String name = message("region." + region.code());
		// Europe is a continent, not a country: an administrative area is the type the
		// property takes that fits it.
		return Map.of("@type", (region == Region.EU) ? "AdministrativeArea" : "Country", "name", name);
	}

	private Map<String, Object> amount(PayBand band) {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("@type", "QuantitativeValue");
		if (band.average()) {
			value.put("value", number(band.minimum()));
		}
		else {
			value.put("minValue", number(band.minimum()));
			if (!band.openTop() && band.maximum() != null) {
				value.put("maxValue", number(band.maximum()));
			}
		}
		value.put("unitText", "YEAR");
		Map<String, Object> amount = new LinkedHashMap<>();
		amount.put("@type", "MonetaryAmount");
		amount.put("name",
				message("role.structured.pay.name", message("region." + band.region().code()),
						(band.level() != null) ? this.levels.label(band.level())
								: message(band.average() ? "pay.level.average" : "pay.level.overall")));
		amount.put("description", message(band.average() ? "role.structured.pay.average" : "role.structured.pay.range")
				+ (band.approximate() ? message("role.structured.pay.approximate") : ""));
		amount.put("currency", band.currency());
		amount.put("value", value);
		return amount;
	}

	private String degree(DegreeView degree) {
		String level = message("degree.level." + degree.level().code());
		return degree.fields().isEmpty() ? level
				: message("role.structured.degree", level, String.join(message("list.separator"), degree.fields()));
	}

	/** The documents the page cites, by their own titles. */
	private List<Map<String, Object>> citations(List<SourceRef> cited) {
		return this.works.cited(cited).stream().map(StructuredData::creativeWork).toList();
	}

	/** A figure as JSON writes it: a whole number without a fraction. */
	private static Number number(BigDecimal amount) {
		BigDecimal stripped = amount.stripTrailingZeros();
		return (stripped.scale() <= 0) ? stripped.toBigInteger() : stripped;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.ENGLISH);
	}

}
