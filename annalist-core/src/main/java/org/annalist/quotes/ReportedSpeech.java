package org.annalist.quotes;

/**
 * An indirect quotation as found in one sentence, before it joins the article's quote list.
 *
 * @param start offset of the reported words
 * @param end offset after them
 * @param attribution who reported them and by which rule
 */
record ReportedSpeech(int start, int end, Attribution attribution) {}
