/** Terms and vocabularies: dense term ids, document frequencies, scikit-learn's code-point term order. */
package io.kindred.core.text;
