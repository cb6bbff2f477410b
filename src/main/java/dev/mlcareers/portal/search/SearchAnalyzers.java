package dev.mlcareers.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * How text becomes search terms. Both sides lowercase and fold accents ("Pythön" is
 * "python"). The index adds every word's beginnings of two letters or more, so a partial
 * word ("pytor") finds the whole one; the query side expands the few abbreviations the
 * documents use interchangeably with their long form ("ml" and "machine learning").
 */
final class SearchAnalyzers {

	static final int SHORTEST_PREFIX = 2;

	static final int LONGEST_PREFIX = 20;

	/** Abbreviation and long form; each finds the other. */
	static final Map<String, String> SYNONYMS = Map.of("ml", "machine learning", "ai", "artificial intelligence", "nlp",
			"natural language processing", "cv", "computer vision", "dl", "deep learning", "llm",
			"large language model", "gcp", "google cloud", "aws", "amazon web services");

	private SearchAnalyzers() {
	}

	static Analyzer index() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream words = new ASCIIFoldingFilter(new LowerCaseFilter(source));
				return new TokenStreamComponents(source,
						new EdgeNGramTokenFilter(words, SHORTEST_PREFIX, LONGEST_PREFIX, true));
			}
		};
	}

	/** Whole words only, for ranking an exact word above a word it begins. */
	static Analyzer words() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
			}
		};
	}

	static Analyzer query() {
		SynonymMap synonyms = synonyms();
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream words = new ASCIIFoldingFilter(new LowerCaseFilter(source));
				return new TokenStreamComponents(source, new SynonymGraphFilter(words, synonyms, true));
			}
		};
	}

	private static SynonymMap synonyms() {
		SynonymMap.Builder builder = new SynonymMap.Builder(true);
		SYNONYMS.forEach((shortForm, longForm) -> {
			CharsRef longWords = SynonymMap.Builder.join(longForm.split(" "), new CharsRefBuilder());
			builder.add(new CharsRef(shortForm), longWords, true);
			builder.add(longWords, new CharsRef(shortForm), true);
		});
		try {
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
