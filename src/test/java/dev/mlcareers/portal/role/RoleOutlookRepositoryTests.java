package dev.mlcareers.portal.role;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DataJpaTest
class RoleOutlookRepositoryTests {

	@Autowired
	OutlookStatRepository outlook;

	@Autowired
	TradeOffRepository tradeOffs;

	@Autowired
	FitStatementRepository fit;

	@Autowired
	FaqRepository faqs;

	@Test
	void holdsEveryOutlookFigureWithWhatItMeasuresAndOverWhatPeriod() {
		assertThat(this.outlook.findByRoleSlugOrderByPosition("machine-learning-engineer"))
			.extracting(OutlookStat::getSourceId, OutlookStat::getKind, OutlookStat::getFromPercent,
					OutlookStat::getToPercent, OutlookStat::getPeriod)
			.containsExactly(tuple("career-guide", OutlookKind.CHANGE, 23, 31, "over the past decade"),
					tuple("career-guide", OutlookKind.UP_TO, null, 75, "over the next five years"),
					tuple("education-article", OutlookKind.UP_TO, null, 200, "over the coming decade"),
					tuple("job-description", OutlookKind.QUALITATIVE, null, null, "through 2030"));
		assertThat(this.outlook.findByRoleSlugOrderByPosition("machine-learning-engineer"))
			.allSatisfy((stat) -> assertThat(stat.getMeasure()).isNotBlank());
	}

	@Test
	void holdsTheFourTradeOffs() {
		assertThat(this.tradeOffs.findAllByOrderByPosition()).extracting(TradeOff::getAspect)
			.containsExactly(TradeOffAspect.MONEY, TradeOffAspect.STABILITY, TradeOffAspect.WORK_LIFE_BALANCE,
					TradeOffAspect.IDENTITY);
	}

	@Test
	void saysWhoTheCareerSuitsAndWhoItDoesNot() {
		assertThat(this.fit.findAllByOrderBySuitsDescPositionAsc()).extracting(FitStatement::isSuits)
			.containsExactly(true, true, true, true, true, false, false, false, false, false);
	}

	@Test
	void answersAllElevenQuestionsTheEducationArticleLeavesOpenFromNamedSources() {
		assertThat(this.faqs.findByRoleSlugOrderByPosition("machine-learning-engineer")).hasSize(11)
			.allSatisfy((faq) -> {
				assertThat(faq.getQuestionSourceId()).isEqualTo("education-article");
				assertThat(faq.getAnswer()).isNotBlank();
				assertThat(faq.getAnswerSourceIds()).isNotEmpty();
			});
	}

}
