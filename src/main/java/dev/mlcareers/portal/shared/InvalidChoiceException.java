package dev.mlcareers.portal.shared;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A query parameter with a value that is not one of its choices, or with two different
 * values where it takes one. Answered with the 400 page, which names the parameter and
 * its valid values; the value given is never repeated back.
 */
public class InvalidChoiceException extends ResponseStatusException {

	/** What was wrong with the parameter. */
	public enum Problem {

		/** A value that is not one of the choices. */
		UNKNOWN,
		/** Two different values for a parameter that takes one. */
		CONFLICTING,
		/** More values than the parameter takes. */
		TOO_MANY,
		/** One value given twice, for a parameter whose values must differ. */
		REPEATED

	}

	private final String parameter;

	private final Problem problem;

	private final List<Choice> choices;

	private final String form;

	private final int maximum;

	public InvalidChoiceException(String parameter, Problem problem, List<Choice> choices) {
		this(parameter, problem, choices, null);
	}

	public InvalidChoiceException(String parameter, Problem problem, List<Choice> choices, String form) {
		this(parameter, problem, choices, form, choices.size());
	}

	/**
	 * @param form the path of the form that sends the parameter, for the error page to
	 * link back to; {@code null} for none
	 */
	public InvalidChoiceException(String parameter, Problem problem, List<Choice> choices, String form, int maximum) {
		super(HttpStatus.BAD_REQUEST, "Invalid value for parameter '" + parameter + "': " + problem);
		this.parameter = parameter;
		this.problem = problem;
		this.choices = List.copyOf(choices);
		this.form = form;
		this.maximum = maximum;
	}

	/** The most values the parameter takes. */
	public int getMaximum() {
		return this.maximum;
	}

	public String getParameter() {
		return this.parameter;
	}

	public Problem getProblem() {
		return this.problem;
	}

	public List<Choice> getChoices() {
		return this.choices;
	}

	/**
	 * What an error page or an error body may show: plain values, never the exception
	 * itself (which carries a stack trace).
	 */
	public Details details() {
		return new Details(this.parameter, this.problem, this.choices, this.form, this.maximum);
	}

	/**
	 * The parameter, what was wrong with it, its valid values, the path of the form that
	 * sends it ({@code null} for none), and the most values it takes.
	 */
	public record Details(String parameter, Problem problem, List<Choice> choices, String form, int maximum) {

	}

}
