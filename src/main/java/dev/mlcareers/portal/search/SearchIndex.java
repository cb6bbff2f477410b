package dev.mlcareers.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

import org.springframework.web.util.HtmlUtils;

/**
 * An in-memory Lucene index of the site's content. A document matches when it holds every
 * word of the query (in its title or its text, whole or as the start of a longer word); a
 * match in the title ranks above a match in the text only, and whole words above word
 * beginnings. Safe for concurrent searches.
 */
final class SearchIndex {

	static final int MAX_HITS = 100;

	static final int EXCERPT_LENGTH = 180;

	private static final float TITLE_BOOST = 5f;

	private static final float WHOLE_WORD_TITLE_BOOST = 10f;

	private final Analyzer indexAnalyzer = SearchAnalyzers.index();

	private final QueryBuilder queries = new QueryBuilder(SearchAnalyzers.query());

	private final IndexSearcher searcher;

	SearchIndex(List<SearchDocument> documents) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		Analyzer analyzer = new PerFieldAnalyzerWrapper(this.indexAnalyzer,
				Map.of("titleWords", SearchAnalyzers.words()));
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (SearchDocument document : documents) {
				Document fields = new Document();
				fields.add(new StoredField("kind", document.kind().name()));
				fields.add(new StoredField("path", document.path()));
				fields.add(new TextField("title", document.title(), Field.Store.YES));
				fields.add(new TextField("titleWords", document.title(), Field.Store.NO));
				fields.add(new TextField("text", document.text(), Field.Store.YES));
				fields.add(new TextField("all", document.title() + "\n" + document.text(), Field.Store.NO));
				writer.addDocument(fields);
			}
			writer.commit();
			this.searcher = new IndexSearcher(DirectoryReader.open(directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not build the search index", ex);
		}
	}

	SearchResults search(String query) {
		Query all = this.queries.createBooleanQuery("all", query, Occur.MUST);
		if (all == null) {
			return new SearchResults(query, List.of());
		}
		BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(all, Occur.MUST);
		Query title = this.queries.createBooleanQuery("title", query, Occur.MUST);
		if (title != null) {
			ranked.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
		}
		Query titleWords = this.queries.createBooleanQuery("titleWords", query, Occur.MUST);
		if (titleWords != null) {
			ranked.add(new BoostQuery(titleWords, WHOLE_WORD_TITLE_BOOST), Occur.SHOULD);
		}
		Query anyTitleWord = this.queries.createBooleanQuery("title", query, Occur.SHOULD);
		Query anyTextWord = this.queries.createBooleanQuery("text", query, Occur.SHOULD);
		try {
			Map<SearchKind, List<SearchHit>> byKind = new EnumMap<>(SearchKind.class);
			for (ScoreDoc found : this.searcher.search(ranked.build(), MAX_HITS).scoreDocs) {
				Document document = this.searcher.storedFields().document(found.doc);
				SearchHit hit = new SearchHit(document.get("path"),
						highlightAll(anyTitleWord, "title", document.get("title")),
						excerpt(anyTextWord, document.get("text")));
				byKind.computeIfAbsent(SearchKind.valueOf(document.get("kind")), (kind) -> new ArrayList<>()).add(hit);
			}
			List<SearchGroup> groups = byKind.entrySet()
				.stream()
				.map((entry) -> new SearchGroup(entry.getKey(), entry.getValue()))
				.toList();
			return new SearchResults(query, groups);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The whole text, escaped, with every matched word marked. */
	private String highlightAll(Query query, String field, String text) {
		String marked = highlight(query, field, text, true);
		return (marked != null) ? marked : encoder().encodeText(text);
	}

	/** The passage that matches best, escaped and marked; or the text's beginning. */
	private String excerpt(Query query, String text) {
		String marked = highlight(query, "text", text, false);
		if (marked != null) {
			return marked;
		}
		String start = (text.length() > EXCERPT_LENGTH) ? text.substring(0, EXCERPT_LENGTH).strip() + "…" : text;
		return encoder().encodeText(start);
	}

	private String highlight(Query query, String field, String text, boolean whole) {
		if (query == null) {
			return null;
		}
		QueryScorer scorer = new QueryScorer(query, field);
		Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder(), scorer);
		highlighter.setTextFragmenter(whole ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, EXCERPT_LENGTH));
		try {
			return highlighter.getBestFragment(this.indexAnalyzer, field, text);
		}
		catch (IOException | InvalidTokenOffsetsException ex) {
			return null;
		}
	}

	/**
	 * Escapes the characters HTML gives meaning to, and leaves every other one as it is.
	 */
	private static Encoder encoder() {
		return HtmlUtils::htmlEscape;
	}

}
