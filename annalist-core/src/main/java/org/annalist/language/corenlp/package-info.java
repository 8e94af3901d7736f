/** The adapter from Stanford CoreNLP to the annotated-document view; the only CoreNLP user. */
package org.annalist.language.corenlp;
