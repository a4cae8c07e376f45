package io.kindred.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one JSON object as an article, for the JSON Lines and JSON sources. Types: {@code id} a string or an
 * integer (then its decimal digits), {@code tags} an array of strings, every other article field a string; null
 * counts as absent (but a null id is an error); a field given twice is an error. Any value error ends with the
 * parser at the object's end, so the next record can be read. Invalid UTF-8 in the object takes precedence over
 * other errors and names the field it is in.
 *
 * <p>Not thread-safe: one per source.
 */
final class JsonArticleParser {

  /** Maps a parser's locations to positions in the file. */
  interface Locator {
    /** @return the line, from 1 */
    long line(JsonLocation location);

    /** @return the column in chars, from 1 */
    long column(JsonLocation location);

    /** @return the char offset in the whole input, as counted by {@link Utf8Input} */
    long offset(JsonLocation location);
  }

  private final String file;
  private final Utf8Input input;
  private final List<String> keys = new ArrayList<>();
  private long[] keyOffsets = new long[16];

  /**
   * @param file the file name, for errors
   * @param input the decoded input, for invalid UTF-8
   */
  JsonArticleParser(String file, Utf8Input input) {
    this.file = file;
    this.input = input;
  }

  /**
   * Reads the object whose START_OBJECT is the current token, up to its END_OBJECT.
   *
   * @param p the parser
   * @param at where the parser's locations are
   * @return the article
   * @throws InvalidRecordException (recoverable) for invalid values or invalid UTF-8
   * @throws JsonProcessingException for a JSON syntax error (the parser is then unusable)
   * @throws IOException if the input cannot be read
   */
  SourceRecord parse(JsonParser p, Locator at) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    long startOffset = at.offset(start);
    ArticleFields fields = new ArticleFields(file, at.line(start), at.column(start));
    keys.clear();
    InvalidRecordException error = null;
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      remember(name, at.offset(p.currentTokenLocation()));
      JsonToken value = p.nextToken();
      int bit = ArticleFields.bit(name);
      try {
        if ((seen & bit) != 0) {
          JsonLocation where = p.currentTokenLocation();
          throw fields.error(name, "appears twice in the object", at.line(where), at.column(where));
        }
        seen |= bit;
        if (bit != 0) {
          read(p, value, name, fields, at);
        }
      } catch (InvalidRecordException e) {
        error = error == null ? e : error;
      }
      p.skipChildren(); // no-op unless an object or array was left unread
    }
    Utf8Input.Malformed m = input.malformedIn(startOffset, at.offset(p.currentLocation()));
    if (m != null) {
      throw fields.error(fieldAt(m.offset()), m.reason(), m.line(), m.column());
    }
    if (error != null) {
      throw error;
    }
    return fields.build();
  }

  /**
   * The error for a JSON syntax error; invalid UTF-8 before it, in the same record, is reported instead.
   *
   * @param e the syntax error
   * @param recordStart char offset where the record starts
   * @param at where the parser's locations are
   * @param recoverable whether the source can go on with the next record
   * @return the error
   */
  InvalidRecordException syntaxError(JsonProcessingException e, long recordStart, Locator at, boolean recoverable) {
    JsonLocation where = e.getLocation();
    long offset = where == null ? recordStart : at.offset(where);
    Utf8Input.Malformed m = input.malformedIn(recordStart, offset + 1);
    if (m != null) {
      return new InvalidRecordException(file, m.line(), m.column(), null, m.reason(), recoverable);
    }
    long line = where == null ? 0 : at.line(where);
    long column = where == null ? 0 : at.column(where);
    return new InvalidRecordException(file, line, column, null, "bad JSON: " + message(e), recoverable);
  }

  /** Jackson's message without its "(start marker at [Source: ...])", whose line would be wrong in JSON Lines. */
  private static String message(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    int marker = m.indexOf(" (start marker at ");
    return marker < 0 ? m : m.substring(0, marker);
  }

  /**
   * @param p the parser
   * @param t the current token
   * @return a description of the current value, e.g. "an object", "a number (3)"
   * @throws IOException if the value cannot be read
   */
  static String describe(JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string " + ArticleFields.quote(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number (" + p.getText() + ")";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean (" + p.getText() + ")";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  private static void read(JsonParser p, JsonToken value, String name, ArticleFields fields, Locator at)
      throws IOException {
    JsonLocation where = p.currentTokenLocation();
    long line = at.line(where);
    long column = at.column(where);
    if (name.equals("tags")) {
      fields.tags(tags(p, value, fields, at));
    } else if (name.equals("id")) {
      if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NUMBER_INT) {
        throw fields.error(name, "expected a string or an integer, got " + describe(p, value), line, column);
      }
      fields.set(name, p.getText(), line, column);
    } else if (value == JsonToken.VALUE_STRING) {
      fields.set(name, p.getText(), line, column);
    } else if (value != JsonToken.VALUE_NULL) {
      throw fields.error(name, "expected a string, got " + describe(p, value), line, column);
    }
  }

  private static List<String> tags(JsonParser p, JsonToken value, ArticleFields fields, Locator at)
      throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return List.of();
    }
    JsonLocation where = p.currentTokenLocation();
    if (value != JsonToken.START_ARRAY) {
      throw fields.error(
          "tags", "expected an array of strings, got " + describe(p, value), at.line(where), at.column(where));
    }
    List<String> tags = new ArrayList<>();
    InvalidRecordException error = null;
    JsonToken t;
    for (int i = 0; (t = p.nextToken()) != JsonToken.END_ARRAY; i++) {
      if (t == JsonToken.VALUE_STRING) {
        tags.add(p.getText());
      } else if (error == null) {
        JsonLocation e = p.currentTokenLocation();
        error = fields.error(
            "tags",
            "expected an array of strings, element " + i + " is " + describe(p, t),
            at.line(e),
            at.column(e));
        p.skipChildren();
      } else {
        p.skipChildren();
      }
    }
    if (error != null) {
      throw error;
    }
    return tags;
  }

  private void remember(String key, long offset) {
    if (keys.size() == keyOffsets.length) {
      keyOffsets = Arrays.copyOf(keyOffsets, keyOffsets.length * 2);
    }
    keyOffsets[keys.size()] = offset;
    keys.add(key);
  }

  /** @return the key of the last field starting at or before the offset, or null */
  private String fieldAt(long offset) {
    String field = null;
    for (int i = 0; i < keys.size() && keyOffsets[i] <= offset; i++) {
      field = keys.get(i);
    }
    return field;
  }
}
