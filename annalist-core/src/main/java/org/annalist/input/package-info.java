/**
 * Input readers: turn files, directories and standard input into {@link org.annalist.article.Article}s
 * or coded {@link org.annalist.article.Rejection}s. Readers never analyse text; they only decide
 * what the article text is, so that every later offset refers to exactly that text.
 */
package org.annalist.input;
