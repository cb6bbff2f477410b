package dev.mlcareers.portal.shared;

import dev.mlcareers.portal.role.TradeOffAspect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CodedTests {

	@Test
	void codesAreLowercaseKebabCase() {
		assertThat(TradeOffAspect.WORK_LIFE_BALANCE.code()).isEqualTo("work-life-balance");
		assertThat(Region.IN.code()).isEqualTo("in");
	}

	@Test
	void codesMapBackToTheirConstant() {
		assertThat(Coded.fromCode(TradeOffAspect.class, "work-life-balance"))
			.isEqualTo(TradeOffAspect.WORK_LIFE_BALANCE);
		assertThatIllegalArgumentException().isThrownBy(() -> Coded.fromCode(Region.class, "IN"));
	}

	@Test
	void findingACodeThatIsNoneIsEmptyNotAnError() {
		assertThat(Coded.find(Region.class, "eu")).hasValue(Region.EU);
		assertThat(Coded.find(Region.class, "EU")).isEmpty();
		assertThat(Coded.find(Region.class, null)).isEmpty();
	}

	@Test
	void theConverterStoresCodesAndNulls() {
		Region.RegionConverter converter = new Region.RegionConverter();
		assertThat(converter.convertToDatabaseColumn(Region.EU)).isEqualTo("eu");
		assertThat(converter.convertToEntityAttribute("us")).isEqualTo(Region.US);
		assertThat(converter.convertToDatabaseColumn(null)).isNull();
		assertThat(converter.convertToEntityAttribute(null)).isNull();
	}

}
