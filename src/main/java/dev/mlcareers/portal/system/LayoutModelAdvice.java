package dev.mlcareers.portal.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the {@link LayoutModel layout} needs into the model of every page a
 * controller renders, the error controller's included.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private final ObjectProvider<LayoutModel> contributors;

	LayoutModelAdvice(ObjectProvider<LayoutModel> contributors) {
		this.contributors = contributors;
	}

	@ModelAttribute
	void layout(Model model) {
		model.addAllAttributes(LayoutModel.of(this.contributors.orderedStream().toList()));
	}

}
