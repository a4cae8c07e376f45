package io.kindred.io;

import java.util.function.Predicate;

/**
 * An article id in a file that refers to the corpus (an editorial override, a judgment), with where it is, so that an
 * id the corpus does not have is reported at its place. Immutable.
 *
 * @param id the id
 * @param field the field it is in
 * @param line its line
 * @param column its column
 */
record IdRef(String id, String field, long line, long column) {

    /**
     * @param file the file name, for errors
     * @param isArticle whether an id is an article of the corpus
     * @throws InvalidRecordException (recoverable) if it is not
     */
    void check(String file, Predicate<String> isArticle) throws InvalidRecordException {
        if (!isArticle.test(id)) {
            throw new InvalidRecordException(
                    file,
                    line,
                    column,
                    field,
                    "no article with id " + ArticleFields.quote(id) + " in the corpus",
                    true);
        }
    }
}
