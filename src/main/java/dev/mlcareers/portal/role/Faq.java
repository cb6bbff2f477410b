package dev.mlcareers.portal.role;

import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.Immutable;

/** A frequently asked question, answered only from facts in the answer's sources. */
@Entity
@Immutable
class Faq {

	@Id
	private Integer id;

	private String roleSlug;

	private String questionSourceId;

	private int position;

	private String question;

	private String answer;

	@ElementCollection
	@CollectionTable(name = "faq_answer_source", joinColumns = @JoinColumn(name = "faq_id"))
	@Column(name = "source_id")
	private Set<String> answerSourceIds;

	protected Faq() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getRoleSlug() {
		return this.roleSlug;
	}

	public String getQuestionSourceId() {
		return this.questionSourceId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getQuestion() {
		return this.question;
	}

	public String getAnswer() {
		return this.answer;
	}

	public Set<String> getAnswerSourceIds() {
		return this.answerSourceIds;
	}

}
