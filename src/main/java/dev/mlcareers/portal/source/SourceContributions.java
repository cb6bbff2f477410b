package dev.mlcareers.portal.source;

import java.util.List;

/**
 * A feature's part in the sources page: for each kind of fact it keeps, how to count that
 * kind per document in its own tables, and where on the site those facts are shown. Every
 * feature whose facts cite documents provides one; the sources page gathers them all and
 * never names another feature's table itself.
 */
public interface SourceContributions {

	List<Counted> contributions();

	/**
	 * One kind of fact: {@code countSql} answers rows of (document id, number of facts)
	 * from the feature's own tables; {@code path} is the page that shows them.
	 */
	record Counted(ContributionKind kind, String countSql, String path) {

		public Counted {
			if (!countSql.startsWith("SELECT ")) {
				throw new IllegalArgumentException("A count is one SELECT: " + countSql);
			}
		}

		/**
		 * Each row of the feature's table, which has a {@code source_id} column, is one
		 * fact.
		 */
		public static Counted rowsOf(String table, ContributionKind kind, String path) {
			return new Counted(kind, "SELECT source_id, COUNT(*) FROM " + table + " GROUP BY source_id", path);
		}

	}

}
