package dev.mlcareers.portal.role;

import java.util.List;

import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.source.ContributionKind;
import dev.mlcareers.portal.source.SourceContributions;

import org.springframework.stereotype.Component;

import static dev.mlcareers.portal.source.SourceContributions.Counted.rowsOf;

/** The role pages' facts, counted per document in the role feature's tables. */
@Component
class RoleSourceContributions implements SourceContributions {

	private final RoleDirectory roles;

	RoleSourceContributions(RoleDirectory roles) {
		this.roles = roles;
	}

	@Override
	public List<Counted> contributions() {
		String page = this.roles.flagship().path();
		return List.of(rowsOf("role_fact", ContributionKind.ROLE_STATEMENTS, "/roles"),
				rowsOf("role_transition", ContributionKind.LADDER_LINKS, page + "#ladder"),
				rowsOf("responsibility", ContributionKind.RESPONSIBILITIES, page + "#duties"),
				rowsOf("core_duty", ContributionKind.CORE_DUTIES, page + "#duties"),
				rowsOf("work_mix_share", ContributionKind.WORK_MIX, page + "#overview"),
				rowsOf("week_entry", ContributionKind.WEEK_DAYS, page + "#week"),
				rowsOf("outlook_stat", ContributionKind.OUTLOOK_FIGURES, page + "#outlook"),
				rowsOf("trade_off", ContributionKind.TRADE_OFFS, page + "#fit"),
				rowsOf("fit_statement", ContributionKind.FIT_STATEMENTS, page + "#fit"),
				new Counted(ContributionKind.QUESTIONS,
						"SELECT question_source_id, COUNT(*) FROM faq GROUP BY question_source_id", page + "#faq"));
	}

}
